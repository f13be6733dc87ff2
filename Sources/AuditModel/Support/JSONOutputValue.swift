import Foundation

/// A JSON value built in code, encoded with sorted keys by ``JSONOutput``.
public indirect enum JSONOutputValue: Encodable, Hashable, Sendable {
  /// A string.
  case string(String)
  /// A number.
  case number(Double)
  /// A whole number.
  case integer(Int)
  /// A boolean.
  case bool(Bool)
  /// null.
  case null
  /// An array.
  case array([JSONOutputValue])
  /// An object.
  case object([String: JSONOutputValue])

  /// Encodes the value.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    switch self {
    case .string(let value): try container.encode(value)
    case .number(let value): try container.encode(value)
    case .integer(let value): try container.encode(value)
    case .bool(let value): try container.encode(value)
    case .null: try container.encodeNil()
    case .array(let values): try container.encode(values)
    case .object(let values): try container.encode(values)
    }
  }
}
