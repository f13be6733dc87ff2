/// A value kept once on the heap and shared by every copy until one of them changes it (copy
/// on write).
///
/// Questions, duties and provisions are copied into every answer, score and finding; held in a
/// `Shared`, such a copy costs one reference count instead of one per text in the value.
/// Equality and hashing are those of the value.
struct Shared<Value: Hashable & Sendable>: Hashable, Sendable {
  /// The box. Only ever changed while this copy holds the only reference to it, so sharing
  /// it between threads is safe.
  private final class Box: @unchecked Sendable {
    var value: Value
    init(_ value: Value) { self.value = value }
  }

  private var box: Box

  /// Keeps `value`.
  init(_ value: Value) {
    box = Box(value)
  }

  /// The value, lent out in place (reading one field of it copies only that field); changing
  /// it copies the box first when another copy shares it.
  var value: Value {
    _read { yield box.value }
    _modify {
      if !isKnownUniquelyReferenced(&box) { box = Box(box.value) }
      yield &box.value
    }
  }

  static func == (lhs: Self, rhs: Self) -> Bool {
    lhs.box === rhs.box || lhs.box.value == rhs.box.value
  }

  func hash(into hasher: inout Hasher) {
    box.value.hash(into: &hasher)
  }
}
