// How a framework lets the application register a function it calls with an unhandled exception:
// what that function returns (or writes into the response it is given) is the error page the client
// reads. Each framework states its own ways in its folder (`<id>/error-handlers.ts`); rules ask
// errorHandlerFactsOf (registry.ts) for the frameworks a file imports.

export interface ErrorHandlerFacts {
  /** Decorator methods that make the decorated function an error handler (`@app.error(500)`). */
  decorators?: readonly string[];
  /** Method calls that register a handler (`app.add_error_handler(Exception, fn)`), and the position of the function among their arguments. */
  registrations?: ReadonlyArray<{ method: string; handlerArg: number; typeArg: number }>;
  /** Methods the framework calls with the exception when a subclass of its class overrides them (Flask-RESTful's Api.handle_error). */
  overrides?: ReadonlyArray<{ base: RegExp; method: string }>;
  /** The position of the exception among the handler's parameters (self excluded); absent: the last. */
  exceptionParam?: number;
  /** The handler answers by setting these attributes of the response parameter (its position), not by returning. */
  responseBody?: { param: number; attrs: readonly string[] };
}
