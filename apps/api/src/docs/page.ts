// The API reference page served at /docs: one self-contained HTML document (inline CSS + JS, no fonts, no CDN)
// that fetches ./openapi.json and renders operations, parameters, schemas and a small "try it" form.
// Served with a Content-Security-Policy that forbids every origin but our own, so it cannot load anything remote.

export const DOCS_CSP =
  "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; connect-src 'self'; img-src data:; " +
  "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const STYLE = `
:root { color-scheme: light dark; --bg: #fff; --fg: #1d2329; --muted: #5b6672; --line: #d9dee3; --panel: #f5f7f9;
  --get: #1f6fb2; --post: #2e8540; --put: #a15c00; --delete: #b3261e; --accent: #6b4fa3; }
@media (prefers-color-scheme: dark) { :root { --bg: #15181c; --fg: #e3e7eb; --muted: #9aa5b1; --line: #2e353d;
  --panel: #1d2227; --get: #6cb2f0; --post: #6fcf86; --put: #f0b463; --delete: #f28b82; --accent: #b9a2f0; } }
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg); font: 15px/1.5 system-ui, -apple-system, "Segoe UI",
  "Noto Sans", "Noto Naskh Arabic", Tahoma, sans-serif; }
code, pre, .path, textarea, input { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 13px; }
header { padding: 20px 28px; border-bottom: 1px solid var(--line); }
header h1 { margin: 0 0 4px; font-size: 22px; }
header p { margin: 4px 0; color: var(--muted); max-width: 70em; }
.layout { display: grid; grid-template-columns: 260px 1fr; min-height: calc(100vh - 90px); }
nav { border-inline-end: 1px solid var(--line); padding: 16px; position: sticky; top: 0; align-self: start;
  max-height: 100vh; overflow: auto; }
nav h3 { font-size: 12px; text-transform: uppercase; letter-spacing: .06em; color: var(--muted); margin: 16px 0 6px; }
nav a { display: block; color: var(--fg); text-decoration: none; padding: 2px 0; font-size: 13px; overflow-wrap: anywhere; }
nav a:hover { color: var(--accent); }
main { padding: 16px 28px 64px; min-width: 0; }
h2 { margin: 28px 0 8px; font-size: 18px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
.op { border: 1px solid var(--line); border-radius: 8px; margin: 14px 0; background: var(--panel); }
.op > summary { cursor: pointer; padding: 10px 14px; display: flex; gap: 10px; align-items: baseline; flex-wrap: wrap; }
.op .body { padding: 4px 16px 16px; border-top: 1px solid var(--line); background: var(--bg); border-radius: 0 0 8px 8px; }
.method { font-weight: 700; text-transform: uppercase; font-size: 12px; min-width: 52px; }
.m-get { color: var(--get); } .m-post { color: var(--post); } .m-put, .m-patch { color: var(--put); } .m-delete { color: var(--delete); }
.path { font-weight: 600; overflow-wrap: anywhere; }
.summary { color: var(--muted); }
.lock { font-size: 12px; color: var(--put); border: 1px solid currentColor; border-radius: 4px; padding: 0 5px; }
table { border-collapse: collapse; width: 100%; margin: 6px 0 12px; font-size: 13px; }
th, td { text-align: start; border-bottom: 1px solid var(--line); padding: 5px 8px; vertical-align: top; }
th { color: var(--muted); font-weight: 600; }
.req { color: var(--delete); font-size: 11px; margin-inline-start: 4px; }
.type { color: var(--accent); }
a.ref { color: var(--accent); }
h4 { margin: 14px 0 4px; font-size: 14px; }
pre { background: var(--panel); border: 1px solid var(--line); border-radius: 6px; padding: 10px; overflow: auto;
  max-height: 480px; white-space: pre-wrap; overflow-wrap: anywhere; }
.try { border-top: 1px dashed var(--line); margin-top: 12px; padding-top: 8px; }
.try label { display: block; margin: 6px 0 2px; font-size: 13px; color: var(--muted); }
.try input, .try textarea { width: 100%; padding: 6px 8px; border: 1px solid var(--line); border-radius: 6px;
  background: var(--bg); color: var(--fg); }
.try textarea { min-height: 120px; }
button { margin-top: 8px; padding: 6px 14px; border-radius: 6px; border: 1px solid var(--accent); background: var(--accent);
  color: #fff; cursor: pointer; font: inherit; }
.status { font-weight: 700; margin-inline-start: 8px; }
.schema { border: 1px solid var(--line); border-radius: 8px; padding: 4px 14px 8px; margin: 12px 0; }
.schema h3 { margin: 8px 0 2px; font-size: 15px; }
.muted { color: var(--muted); }
#error { color: var(--delete); }
@media (max-width: 800px) { .layout { grid-template-columns: 1fr; } nav { position: static; max-height: none;
  border-inline-end: 0; border-bottom: 1px solid var(--line); } }
`;

// Plain ES2017 without template literals, so it can live inside this TypeScript template string verbatim.
const SCRIPT = `
(function () {
  "use strict";
  var specUrl = "./openapi.json";
  var METHODS = ["get", "post", "put", "patch", "delete"];

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    if (attrs) for (var k in attrs) {
      if (k === "class") node.className = attrs[k];
      else if (k === "text") node.textContent = attrs[k];
      else node.setAttribute(k, attrs[k]);
    }
    (children || []).forEach(function (child) {
      if (child == null) return;
      node.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
    });
    return node;
  }
  // Descriptions use \`code\` spans; render them as <code>, everything else as text.
  function rich(text) {
    var span = el("span");
    String(text || "").split("\\u0060").forEach(function (part, i) {
      span.appendChild(i % 2 ? el("code", { text: part }) : document.createTextNode(part));
    });
    return span;
  }
  function refName(ref) { return ref.split("/").pop(); }
  function anchor(kind, name) { return kind + "-" + String(name).replace(/[^A-Za-z0-9_-]+/g, "-"); }

  function typeOf(schema) {
    if (!schema) return el("span", { class: "type", text: "any" });
    if (schema.$ref) {
      var name = refName(schema.$ref);
      return el("a", { class: "ref", href: "#" + anchor("schema", name), text: name });
    }
    var wrap = el("span", { class: "type" });
    if (schema.anyOf || schema.oneOf) {
      (schema.anyOf || schema.oneOf).forEach(function (s, i) {
        if (i) wrap.appendChild(document.createTextNode(" | "));
        wrap.appendChild(typeOf(s));
      });
      return wrap;
    }
    var t = Array.isArray(schema.type) ? schema.type.join(" | ") : schema.type;
    if (t === "array") {
      wrap.appendChild(typeOf(schema.items));
      wrap.appendChild(document.createTextNode("[]"));
      return wrap;
    }
    if (schema.enum) {
      wrap.textContent = schema.enum.map(function (v) { return JSON.stringify(v); }).join(" | ");
      return wrap;
    }
    if (schema.const !== undefined) { wrap.textContent = JSON.stringify(schema.const); return wrap; }
    var extra = [];
    if (schema.format) extra.push(schema.format);
    if (schema.minimum !== undefined) extra.push("≥ " + schema.minimum);
    if (schema.maximum !== undefined) extra.push("≤ " + schema.maximum);
    if (schema.minLength !== undefined) extra.push("min length " + schema.minLength);
    if (schema.minItems !== undefined) extra.push("min items " + schema.minItems);
    if (schema.default !== undefined) extra.push("default " + JSON.stringify(schema.default));
    if (t === "object" && schema.additionalProperties && typeof schema.additionalProperties === "object") {
      wrap.appendChild(document.createTextNode("map of "));
      wrap.appendChild(typeOf(schema.additionalProperties));
      return wrap;
    }
    wrap.textContent = (t || "any") + (extra.length ? " (" + extra.join(", ") + ")" : "");
    return wrap;
  }

  function propertiesTable(schema) {
    var props = schema && schema.properties;
    if (!props) return el("div", {}, [typeOf(schema)]);
    var required = schema.required || [];
    var rows = Object.keys(props).map(function (name) {
      var p = props[name];
      return el("tr", {}, [
        el("td", {}, [el("code", { text: name }), required.indexOf(name) >= 0 ? el("span", { class: "req", text: "required" }) : null]),
        el("td", {}, [typeOf(p)]),
        el("td", {}, [rich(p.description || "")]),
      ]);
    });
    return el("table", {}, [el("tr", {}, [el("th", { text: "field" }), el("th", { text: "type" }), el("th", { text: "description" })])].concat(rows));
  }

  function paramsTable(params) {
    return el("table", {}, [el("tr", {}, [el("th", { text: "parameter" }), el("th", { text: "in" }), el("th", { text: "type" }), el("th", { text: "description" })])].concat(
      params.map(function (p) {
        return el("tr", {}, [
          el("td", {}, [el("code", { text: p.name }), p.required ? el("span", { class: "req", text: "required" }) : null]),
          el("td", { text: p.in }),
          el("td", {}, [typeOf(p.schema)]),
          el("td", {}, [rich(p.description || (p.schema && p.schema.description) || "")]),
        ]);
      })
    ));
  }

  function exampleBody(spec, schema, depth) {
    depth = depth || 0;
    if (!schema || depth > 6) return null;
    if (schema.$ref) return exampleBody(spec, spec.components.schemas[refName(schema.$ref)], depth + 1);
    if (schema.example !== undefined) return schema.example;
    if (schema.anyOf || schema.oneOf) return exampleBody(spec, (schema.anyOf || schema.oneOf)[0], depth + 1);
    var t = Array.isArray(schema.type) ? schema.type[0] : schema.type;
    if (t === "object") {
      var out = {};
      (schema.required || []).forEach(function (k) { out[k] = exampleBody(spec, schema.properties[k], depth + 1); });
      return out;
    }
    if (t === "array") return [exampleBody(spec, schema.items, depth + 1)];
    if (schema.enum) return schema.enum[0];
    if (t === "string") return "";
    if (t === "number" || t === "integer") return 0;
    if (t === "boolean") return false;
    return null;
  }

  function tryIt(spec, path, method, op) {
    var params = op.parameters || [];
    var inputs = {};
    var box = el("div", { class: "try" }, [el("h4", { text: "Try it" })]);
    params.forEach(function (p) {
      var input = el("input", { placeholder: p.required ? "required" : "optional", "aria-label": p.name });
      inputs[p.in + ":" + p.name] = input;
      box.appendChild(el("label", { text: p.name + " (" + p.in + ")" }));
      box.appendChild(input);
    });
    var tokenInput = null;
    if (op.security && op.security.length) {
      tokenInput = el("input", { type: "password", placeholder: "ISNAD_API_TOKEN", autocomplete: "off" });
      box.appendChild(el("label", { text: "bearer token" }));
      box.appendChild(tokenInput);
    }
    var bodyInput = null;
    var content = op.requestBody && op.requestBody.content && op.requestBody.content["application/json"];
    if (content) {
      bodyInput = el("textarea", { spellcheck: "false", dir: "auto" });
      bodyInput.value = JSON.stringify(exampleBody(spec, content.schema), null, 2);
      box.appendChild(el("label", { text: "JSON body" }));
      box.appendChild(bodyInput);
    }
    var status = el("span", { class: "status" });
    var output = el("pre", { dir: "auto" });
    output.hidden = true;
    var button = el("button", { type: "button", text: "Send" });
    button.addEventListener("click", function () {
      var url = path.replace(/\\{([^}]+)\\}/g, function (_, name) {
        return encodeURIComponent((inputs["path:" + name] && inputs["path:" + name].value) || "");
      });
      var query = new URLSearchParams();
      params.forEach(function (p) {
        var v = inputs[p.in + ":" + p.name].value;
        if (p.in === "query" && v !== "") query.append(p.name, v);
      });
      if (String(query)) url += "?" + query;
      var init = { method: method.toUpperCase(), headers: {} };
      if (tokenInput && tokenInput.value) init.headers.Authorization = "Bearer " + tokenInput.value;
      if (bodyInput) { init.headers["Content-Type"] = "application/json"; init.body = bodyInput.value; }
      status.textContent = "…";
      fetch(url, init).then(function (res) {
        return res.text().then(function (text) {
          status.textContent = res.status + " " + res.statusText;
          try { text = JSON.stringify(JSON.parse(text), null, 2); } catch (e) { /* not JSON: show as is */ }
          output.textContent = text;
          output.hidden = false;
        });
      }, function (err) { status.textContent = "failed: " + err; });
    });
    box.appendChild(el("div", {}, [button, status]));
    box.appendChild(output);
    return box;
  }

  function operation(spec, path, method, op) {
    var body = el("div", { class: "body" });
    if (op.description) body.appendChild(el("p", {}, [rich(op.description)]));
    if (op.parameters && op.parameters.length) {
      body.appendChild(el("h4", { text: "Parameters" }));
      body.appendChild(paramsTable(op.parameters));
    }
    var content = op.requestBody && op.requestBody.content && op.requestBody.content["application/json"];
    if (content) {
      body.appendChild(el("h4", { text: "Request body (application/json)" }));
      body.appendChild(el("div", {}, [typeOf(content.schema)]));
    }
    body.appendChild(el("h4", { text: "Responses" }));
    var rows = Object.keys(op.responses || {}).map(function (code) {
      var r = op.responses[code];
      var types = Object.keys(r.content || {}).map(function (ct) {
        return el("div", {}, [el("span", { class: "muted", text: ct + " " }), typeOf(r.content[ct].schema)]);
      });
      return el("tr", {}, [el("td", {}, [el("code", { text: code })]), el("td", {}, [rich(r.description)]), el("td", {}, types)]);
    });
    body.appendChild(el("table", {}, [el("tr", {}, [el("th", { text: "status" }), el("th", { text: "meaning" }), el("th", { text: "body" })])].concat(rows)));
    body.appendChild(tryIt(spec, path, method, op));
    var id = anchor("op", method + path);
    return el("details", { class: "op", id: id }, [
      el("summary", {}, [
        el("span", { class: "method m-" + method, text: method }),
        el("span", { class: "path", text: path }),
        el("span", { class: "summary", text: op.summary || "" }),
        op.security && op.security.length ? el("span", { class: "lock", text: "bearer token" }) : null,
      ]),
      body,
    ]);
  }

  function render(spec) {
    var info = spec.info || {};
    document.title = (info.title || "API") + " — reference";
    var header = document.getElementById("header");
    header.textContent = "";
    header.appendChild(el("h1", { text: (info.title || "API") + " " + (info.version || "") }));
    if (info.description) header.appendChild(el("p", {}, [rich(info.description)]));
    header.appendChild(el("p", { class: "muted" }, ["OpenAPI " + spec.openapi + " · ", el("a", { href: specUrl, text: "openapi.json" })]));

    var groups = {};
    var order = [];
    Object.keys(spec.paths || {}).forEach(function (path) {
      METHODS.forEach(function (method) {
        var op = spec.paths[path][method];
        if (!op) return;
        var tag = (op.tags && op.tags[0]) || "other";
        if (!groups[tag]) { groups[tag] = []; order.push(tag); }
        groups[tag].push({ path: path, method: method, op: op });
      });
    });
    var nav = document.getElementById("nav");
    var main = document.getElementById("main");
    nav.textContent = "";
    main.textContent = "";
    order.forEach(function (tag) {
      nav.appendChild(el("h3", { text: tag }));
      main.appendChild(el("h2", { id: anchor("tag", tag), text: tag }));
      groups[tag].forEach(function (o) {
        nav.appendChild(el("a", { href: "#" + anchor("op", o.method + o.path), text: o.method.toUpperCase() + " " + o.path }));
        main.appendChild(operation(spec, o.path, o.method, o.op));
      });
    });
    var schemas = (spec.components && spec.components.schemas) || {};
    var names = Object.keys(schemas).sort();
    if (names.length) {
      nav.appendChild(el("h3", { text: "schemas" }));
      main.appendChild(el("h2", { id: "schemas", text: "Schemas" }));
      names.forEach(function (name) {
        var s = schemas[name];
        nav.appendChild(el("a", { href: "#" + anchor("schema", name), text: name }));
        main.appendChild(el("section", { class: "schema", id: anchor("schema", name) }, [
          el("h3", { text: name }),
          s.description ? el("p", { class: "muted" }, [rich(s.description)]) : null,
          propertiesTable(s),
        ]));
      });
    }
    if (location.hash) {
      var target = document.getElementById(location.hash.slice(1));
      if (target) { if (target.tagName === "DETAILS") target.open = true; target.scrollIntoView(); }
    }
  }

  fetch(specUrl).then(function (res) {
    if (!res.ok) throw new Error("GET " + specUrl + " → " + res.status);
    return res.json();
  }).then(render).catch(function (err) {
    document.getElementById("error").textContent = "Could not load the API description: " + err.message;
  });
})();
`;

export function docsPage(title: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} — reference</title>
<style>${STYLE}</style>
</head>
<body>
<header id="header"><h1>${escapeHtml(title)}</h1><p class="muted">Loading the API description…</p></header>
<p id="error" role="alert"></p>
<div class="layout"><nav id="nav" aria-label="operations"></nav><main id="main"></main></div>
<noscript><p>This page renders <a href="./openapi.json">openapi.json</a> with JavaScript.</p></noscript>
<script>${SCRIPT}</script>
</body>
</html>
`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}
