// GraphQL (graphene, strawberry, ariadne): resolvers are the request handlers, and their
// arguments the client's data, typed by the schema the file declares.
import type { WebFramework } from '../api.js';
import { graphqlParams, graphqlRegistrations } from './resolvers.js';
import { graphqlEndpoints } from './endpoints.js';
import { graphqlContextModel } from './context.js';

export const graphql: WebFramework = {
  id: 'graphql',
  modules: ['graphene', 'graphene_django', 'graphene_sqlalchemy', 'strawberry', 'strawberry_django', 'ariadne', 'graphql_server', 'flask_graphql', 'starlette_graphql'],
  model: { name: 'graphql', ...graphqlContextModel },
  registrations: graphqlRegistrations,
  handlerParams: graphqlParams,
  endpoints: graphqlEndpoints,
};
