import { memo, Profiler, type ComponentType, type ProfilerOnRenderCallback } from 'react';

/** Profiler ids of the parts that rendered since the last `renders.length = 0`. */
export const renders: string[] = [];
const record: ProfilerOnRenderCallback = (id) => {
  renders.push(id);
};

interface MemoPart<Props> {
  $$typeof: symbol;
  type: ComponentType<Props>;
  compare: ((a: Props, b: Props) => boolean) | null;
}
const isMemo = <Props,>(part: unknown): part is MemoPart<Props> =>
  (part as MemoPart<Props>).$$typeof === Symbol.for('react.memo');

/**
 * The same part with a React Profiler just inside it, and inside its memo boundary if it has
 * one (same comparison), so the Profiler reports a commit only when the part itself rendered.
 */
export function profiled<Props extends object>(
  part: ComponentType<Props>,
  id: (props: Props) => string,
): ComponentType<Props> {
  const Inner = isMemo<Props>(part) ? part.type : part;
  function Profiled(props: Props) {
    return (
      <Profiler id={id(props)} onRender={record}>
        <Inner {...props} />
      </Profiler>
    );
  }
  return isMemo<Props>(part) ? memo(Profiled, part.compare ?? undefined) : Profiled;
}
