// The root tsconfig (which covers test/) reads the client's single-file components as modules.
declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent<object, object, unknown>;
  export default component;
}
