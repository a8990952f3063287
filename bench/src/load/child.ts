import { serve } from "../child-rpc";
import { runLoad, type LoadSpec } from "./http-load";

// The HTTP load generator's process (see child-rpc.ts).
serve({ run: (spec: LoadSpec) => runLoad(spec) });
