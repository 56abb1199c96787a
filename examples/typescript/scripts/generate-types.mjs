// Generates the API's types from the contract with openapi-typescript's Node API.
//
// One step beyond the plain CLI: a Project's metadata fields are declared by the contract as
// `patternProperties` (`^metadata_[1-9][0-9]*$`) beside `additionalProperties: true`, which the
// CLI can only type as `[key: string]: unknown`. Here each such pattern (a fixed prefix, then a
// positive integer) becomes a template-literal index signature, `[key: `metadata_${number}`]:
// string`, so that metadata are typed and a misspelt field does not compile.
//
// Usage: node scripts/generate-types.mjs <contract> <output .d.ts>
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import ts from "typescript";
import openapiTS, { astToString } from "openapi-typescript";

const [input, output] = process.argv.slice(2);
if (!input || !output) {
  console.error("usage: node scripts/generate-types.mjs <contract> <output .d.ts>");
  process.exit(2);
}

const PREFIX_THEN_INTEGER = /^\^([A-Za-z_][A-Za-z0-9_]*)\[1-9\]\[0-9\]\*\$$/;

/** The template-literal index signature `[key: `<prefix>${number}`]: <value>`. */
function prefixedIndex(prefix, value) {
  const key = ts.factory.createTemplateLiteralType(ts.factory.createTemplateHead(prefix), [
    ts.factory.createTemplateLiteralTypeSpan(
      ts.factory.createKeywordTypeNode(ts.SyntaxKind.NumberKeyword),
      ts.factory.createTemplateTail(""),
    ),
  ]);
  const parameter = ts.factory.createParameterDeclaration(undefined, undefined, "key", undefined, key);
  return ts.factory.createIndexSignature(undefined, [parameter], value);
}

function narrowPatternProperties(type, options) {
  // Named schemas only: the paths of nested ones are not all resolvable pointers.
  if (!/^#\/components\/schemas\/[^/]+$/.test(options.path ?? "")) {
    return undefined;
  }
  const schema = options.ctx.resolve(options.path);
  const patterns = Object.entries(schema?.patternProperties ?? {});
  if (patterns.length === 0 || !ts.isIntersectionTypeNode(type)) {
    return undefined;
  }
  const signatures = [];
  for (const [pattern, valueSchema] of patterns) {
    const prefix = PREFIX_THEN_INTEGER.exec(pattern)?.[1];
    if (!prefix || valueSchema.type !== "string") {
      return undefined; // a pattern this script cannot spell as a template: keep the CLI's type
    }
    signatures.push(prefixedIndex(prefix, ts.factory.createKeywordTypeNode(ts.SyntaxKind.StringKeyword)));
  }
  // The CLI's intersection is the known properties, then one literal holding only the index.
  const known = type.types.filter(
    (member) => !(ts.isTypeLiteralNode(member) && member.members.every(ts.isIndexSignatureDeclaration)),
  );
  return ts.factory.createIntersectionTypeNode([...known, ts.factory.createTypeLiteralNode(signatures)]);
}

const ast = await openapiTS(pathToFileURL(path.resolve(input)), {
  postTransform: narrowPatternProperties,
});
fs.mkdirSync(path.dirname(output), { recursive: true });
fs.writeFileSync(
  output,
  "// Generated from " + input + " by scripts/generate-types.mjs; do not edit.\n\n" + astToString(ast),
);
console.log("wrote " + output);
