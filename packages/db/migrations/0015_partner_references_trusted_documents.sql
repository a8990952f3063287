CREATE TABLE "partner_references" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"reference" text NOT NULL,
	"label" text,
	"created_by_professional_id" uuid NOT NULL,
	"api_client_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "trusted_documents" (
	"api_client_id" uuid NOT NULL,
	"sha256" text NOT NULL,
	"document" text NOT NULL,
	"operation_name" text,
	"registered_by_professional_id" uuid NOT NULL,
	"registered_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "trusted_documents_api_client_id_sha256_pk" PRIMARY KEY("api_client_id","sha256")
);
--> statement-breakpoint
ALTER TABLE "partner_references" ADD CONSTRAINT "partner_references_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_references" ADD CONSTRAINT "partner_references_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_references" ADD CONSTRAINT "partner_references_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_references" ADD CONSTRAINT "partner_references_created_by_professional_id_professionals_id_fk" FOREIGN KEY ("created_by_professional_id") REFERENCES "public"."professionals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_references" ADD CONSTRAINT "partner_references_api_client_id_api_clients_id_fk" FOREIGN KEY ("api_client_id") REFERENCES "public"."api_clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trusted_documents" ADD CONSTRAINT "trusted_documents_api_client_id_api_clients_id_fk" FOREIGN KEY ("api_client_id") REFERENCES "public"."api_clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trusted_documents" ADD CONSTRAINT "trusted_documents_registered_by_professional_id_professionals_id_fk" FOREIGN KEY ("registered_by_professional_id") REFERENCES "public"."professionals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "partner_references_person_reference" ON "partner_references" USING btree ("organisation_id","person_id","reference");--> statement-breakpoint
CREATE INDEX "partner_references_organisation_id_reference_index" ON "partner_references" USING btree ("organisation_id","reference");--> statement-breakpoint
CREATE INDEX "partner_references_person_id_index" ON "partner_references" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "partner_references_case_id_index" ON "partner_references" USING btree ("case_id");