import { defineRule } from '../../rule.js';
import { keywordValue } from './app-objects.js';
import { isTestPath } from '../support/test-paths.js';

// Ariadne's servers and its query runners take `debug`: on, every error's extensions carry the exception and its traceback.
const ARIADNE_DEBUG = /^ariadne(?:\.\w+)*\.(?:GraphQL|GraphQLView|GraphQLMiddleware|graphql|graphql_sync|subscribe)$/;

export const graphqlDebug = defineRule({
  id: 'PY-GRAPHQL-DEBUG',
  title: 'Ariadne GraphQL server or query run in debug mode',
  cwe: [489, 215, 209],
  asvs: { '5.0.0': ['V13.4.2'], '4.0.3': ['V14.3.2'] },
  severity: 'medium',
  confidence: 'high',
  kind: 'vulnerability',
  frameworks: ['graphql'],
  docs: {
    what: 'Finds Ariadne\'s ASGI / WSGI `GraphQL` apps, its Django `GraphQLView`, `GraphQLMiddleware` and the `graphql` / `graphql_sync` / `subscribe` runners called with `debug=True`.',
    why: 'In debug mode Ariadne puts the exception and its full traceback into the `extensions` of every error in the response: any client that makes a resolver fail reads source lines, paths and sometimes secrets.',
    example: 'app = GraphQL(schema, debug=True)',
    fix: 'app = GraphQL(schema, debug=os.environ.get("GRAPHQL_DEBUG") == "1")  # off unless a developer turns it on',
    references: [
      'https://cwe.mitre.org/data/definitions/209.html',
      'https://ariadnegraphql.org/docs/error-messaging',
    ],
  },
  visit: {
    call(node, ctx) {
      if (isTestPath(ctx.path)) return;
      const name = ctx.names.qualifiedName(node.childForFieldName('function'));
      if (!name || !ARIADNE_DEBUG.test(name)) return;
      const v = ctx.constant(keywordValue(node, 'debug'));
      if (v?.kind === 'bool' && v.value) ctx.report(node, { message: `${name.split('.').pop()}(debug=True) sends each error's exception and traceback to the client in the error extensions` });
    },
  },
});
