import './dom';

// jsdom has no ResizeObserver, which Radix Tooltip measures with; real browsers do.
class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver ??= ResizeObserverStub;
