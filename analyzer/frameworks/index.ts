// The merged taint model of every framework and library, in the shape the interpreter looks things
// up: shared sinks and the standard library, the libraries (forms, databases, caches), then each
// registered framework's model.
import type { AttrObjectSpec, AttrSinkSpec, BodyListSpec, CleanAttrSpec, FrameworkModel, LoaderSpec, ObjectSpec, SanitizerSpec, SelfSourceSpec, SinkSpec, StoreSinkSpec, StoredReadSpec } from './model.js';
import type { SinkKind } from '../taint/kinds.js';
import { sharedModel } from './sinks.js';
import { stdlibModel } from './stdlib.js';
import { WEB_FRAMEWORKS } from './registry.js';
import { LIBRARY_MODELS } from './libraries/index.js';
import { templateFilesModel } from './template-file-sinks.js';

export const FRAMEWORK_MODELS: readonly FrameworkModel[] = [sharedModel, stdlibModel, ...LIBRARY_MODELS, ...WEB_FRAMEWORKS.map((f) => f.model), templateFilesModel];

export interface TaintModel {
  requestAttrs: Map<string, boolean>;
  requestMethods: Map<string, boolean>;
  sameSiteRequestParts: Set<string>;
  quotedRequestParts: Set<string>;
  globalSources: Map<string, { low: boolean; struct?: boolean }>;
  callSources: Map<string, { low: boolean }>;
  globalObjects: Map<string, string>;
  attrObjects: Map<string, AttrObjectSpec>;
  itemObjects: Map<string, AttrObjectSpec>;
  /** Frameworks (model names) whose handlers return header tuples (FrameworkModel.tupleHeaders). */
  tupleHeaders: Set<string>;
  sinksByCallee: Map<string, SinkSpec[]>;
  sinksByMethod: Map<string, SinkSpec[]>;
  sinksByCallable: Map<string, SinkSpec[]>;
  storeSinks: StoreSinkSpec[];
  attrSinks: AttrSinkSpec[];
  sanitizersByCallee: Map<string, SanitizerSpec[]>;
  sanitizersByMethod: Map<string, SanitizerSpec[]>;
  objectsByCallee: Map<string, ObjectSpec[]>;
  objectsByMethod: Map<string, ObjectSpec[]>;
  cleanCalls: Set<string>;
  guardCalls: Map<string, readonly SinkKind[] | 'all'>;
  neutralFields: Set<string>;
  textFields: Set<string>;
  formBases: Set<string>;
  implicitForms: Set<string>;
  boundFieldForms: Set<string>;
  noReturn: Set<string>;
  requestAttrObjects: Map<string, string>;
  containerItems: Map<string, string>;
  cleanAttrs: CleanAttrSpec[];
  noReturnMethods: Map<string, Set<string>>;
  loaders: LoaderSpec[];
  sameKindParts: Set<string>;
  factories: Map<string, readonly string[]>;
  selfSources: Map<string, SelfSourceSpec>;
  routeArgs: Set<string>;
  fieldsMethods: Set<string>;
  templateDecorators: Set<string>;
  storedReadsByCallee: Map<string, StoredReadSpec[]>;
  storedReadsByMethod: Map<string, StoredReadSpec[]>;
  bodyLists: BodyListSpec[];
  invokers: Map<string, number>;
}

function push<T>(map: Map<string, T[]>, key: string, v: T): void {
  const list = map.get(key);
  if (list) list.push(v);
  else map.set(key, [v]);
}

export function buildModel(models: readonly FrameworkModel[] = FRAMEWORK_MODELS): TaintModel {
  const m: TaintModel = {
    requestAttrs: new Map(),
    requestMethods: new Map(),
    sameSiteRequestParts: new Set(),
    quotedRequestParts: new Set(),
    globalSources: new Map(),
    callSources: new Map(),
    globalObjects: new Map(),
    attrObjects: new Map(),
    itemObjects: new Map(),
    tupleHeaders: new Set(),
    sinksByCallee: new Map(),
    sinksByMethod: new Map(),
    sinksByCallable: new Map(),
    storeSinks: [],
    attrSinks: [],
    sanitizersByCallee: new Map(),
    sanitizersByMethod: new Map(),
    objectsByCallee: new Map(),
    objectsByMethod: new Map(),
    cleanCalls: new Set(),
    guardCalls: new Map(),
    neutralFields: new Set(),
    textFields: new Set(),
    formBases: new Set(),
    implicitForms: new Set(),
    boundFieldForms: new Set(),
    noReturn: new Set(),
    requestAttrObjects: new Map(),
    containerItems: new Map(),
    cleanAttrs: [],
    noReturnMethods: new Map(),
    templateDecorators: new Set(),
    loaders: [],
    sameKindParts: new Set(),
    factories: new Map(),
    selfSources: new Map(),
    routeArgs: new Set(),
    fieldsMethods: new Set(),
    storedReadsByCallee: new Map(),
    storedReadsByMethod: new Map(),
    bodyLists: [],
    invokers: new Map(),
  };
  for (const f of models) {
    for (const [k, v] of Object.entries(f.requestAttrs ?? {})) m.requestAttrs.set(k, v || (m.requestAttrs.get(k) ?? false));
    for (const [k, v] of Object.entries(f.requestMethods ?? {})) m.requestMethods.set(k, v || (m.requestMethods.get(k) ?? false));
    for (const p of f.sameSiteRequestParts ?? []) m.sameSiteRequestParts.add(p);
    for (const p of f.quotedRequestParts ?? []) m.quotedRequestParts.add(p);
    for (const [k, v] of Object.entries(f.globalSources ?? {})) m.globalSources.set(k, v);
    for (const [k, v] of Object.entries(f.callSources ?? {})) m.callSources.set(k, v);
    for (const [k, v] of Object.entries(f.globalObjects ?? {})) m.globalObjects.set(k, v);
    for (const [k, v] of Object.entries(f.attrObjects ?? {})) m.attrObjects.set(k, v);
    for (const [k, v] of Object.entries(f.itemObjects ?? {})) m.itemObjects.set(k, v);
    if (f.tupleHeaders) m.tupleHeaders.add(f.name);
    for (const s of f.sinks ?? []) {
      for (const c of s.callees ?? []) push(m.sinksByCallee, c, s);
      for (const c of s.methods ?? []) push(m.sinksByMethod, c, s);
      for (const c of s.callables ?? []) push(m.sinksByCallable, c, s);
    }
    m.storeSinks.push(...(f.storeSinks ?? []));
    m.attrSinks.push(...(f.attrSinks ?? []));
    for (const s of f.sanitizers ?? []) {
      for (const c of s.callees ?? []) push(m.sanitizersByCallee, c, s);
      for (const c of s.methods ?? []) push(m.sanitizersByMethod, c, s);
    }
    for (const s of f.objects ?? []) {
      for (const c of s.callees ?? []) push(m.objectsByCallee, c, s);
      for (const c of s.methods ?? []) push(m.objectsByMethod, c, s);
    }
    for (const c of f.cleanCalls ?? []) m.cleanCalls.add(c);
    for (const [k, v] of Object.entries(f.guardCalls ?? {})) m.guardCalls.set(k, v);
    for (const c of f.neutralFields ?? []) m.neutralFields.add(c);
    for (const c of f.textFields ?? []) m.textFields.add(c);
    for (const c of f.formBases ?? []) m.formBases.add(c);
    for (const c of f.implicitForms ?? []) m.implicitForms.add(c);
    for (const c of f.boundFieldForms ?? []) m.boundFieldForms.add(c);
    for (const c of f.noReturn ?? []) m.noReturn.add(c);
    for (const [k, v] of Object.entries(f.requestAttrObjects ?? {})) m.requestAttrObjects.set(k, v);
    for (const [k, v] of Object.entries(f.containerItems ?? {})) m.containerItems.set(k, v);
    m.cleanAttrs.push(...(f.cleanAttrs ?? []));
    for (const [method, kinds] of Object.entries(f.noReturnMethods ?? {})) {
      const known = m.noReturnMethods.get(method) ?? new Set<string>();
      for (const k of kinds) known.add(k);
      m.noReturnMethods.set(method, known);
    }
    for (const c of f.templateDecorators ?? []) m.templateDecorators.add(c);
    m.loaders.push(...(f.loaders ?? []));
    m.bodyLists.push(...(f.bodyLists ?? []));
    for (const [k, v] of Object.entries(f.invokers ?? {})) m.invokers.set(k, v);
    for (const c of f.sameKindParts ?? []) m.sameKindParts.add(c);
    for (const [k, v] of Object.entries(f.factories ?? {})) m.factories.set(k, typeof v === 'string' ? [v] : v);
    for (const [k, v] of Object.entries(f.selfSources ?? {})) m.selfSources.set(k, v);
    for (const a of f.routeArgs ?? []) m.routeArgs.add(a);
    for (const a of f.fieldsMethods ?? []) m.fieldsMethods.add(a);
    for (const s of f.storedReads ?? []) {
      for (const c of s.callees ?? []) push(m.storedReadsByCallee, c, s);
      for (const c of s.methods ?? []) push(m.storedReadsByMethod, c, s);
    }
  }
  return m;
}
