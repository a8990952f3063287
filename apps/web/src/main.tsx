import "@utrecht/design-tokens/dist/index.css";
import "@utrecht/component-library-css/dist/index.css";
import "./theme.css";
import "./app.css";

import { ApolloProvider } from "@apollo/client/react";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { BrowserRouter } from "react-router";
import { client } from "./apollo";
import { App } from "./App";
import { consumeTokenFromFragment } from "./auth";

// OIDC hand-off: a token in the fragment (`#token=…`) signs in before the first render.
consumeTokenFromFragment();

const container = document.getElementById("root");
if (!container) throw new Error("Element #root ontbreekt in index.html");

createRoot(container).render(
  <StrictMode>
    <ApolloProvider client={client}>
      <BrowserRouter>
        <App />
      </BrowserRouter>
    </ApolloProvider>
  </StrictMode>,
);
