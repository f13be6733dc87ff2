import Dispatch
import Foundation

/// Work on independent files spread over the processor's cores, with results in input order,
/// so output stays byte-identical to doing it one at a time.
public enum Parallel {
  /// `inputs.map(transform)`, computed on all cores.
  public static func map<Input: Sendable, Output: Sendable>(
    _ inputs: [Input], _ transform: @Sendable (Input) -> Output
  ) -> [Output] {
    guard inputs.count > 1, ProcessInfo.processInfo.activeProcessorCount > 1 else {
      return inputs.map(transform)
    }
    let results = UnsafeMutableBufferPointer<Output?>.allocate(capacity: inputs.count)
    results.initialize(repeating: nil)
    defer {
      results.deinitialize()
      results.deallocate()
    }
    // Each iteration writes only its own slot.
    nonisolated(unsafe) let slots = results
    DispatchQueue.concurrentPerform(iterations: inputs.count) { index in
      slots[index] = transform(inputs[index])
    }
    // Every slot was written, so nothing is dropped.
    return results.compactMap { $0 }
  }

  /// Calls `consume` with `transform` of each input, in input order, computing a batch of
  /// inputs at a time on all cores; at most one batch of results is held at once.
  public static func forEach<Input: Sendable, Output: Sendable, Failure: Error>(
    _ inputs: [Input], batchSize: Int = 64, _ transform: @Sendable (Input) -> Output,
    consume: (Output) throws(Failure) -> Void
  ) throws(Failure) {
    var start = 0
    while start < inputs.count {
      let batch = Array(inputs[start..<min(start + batchSize, inputs.count)])
      for output in map(batch, transform) { try consume(output) }
      start += batchSize
    }
  }
}
