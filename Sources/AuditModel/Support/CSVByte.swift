/// The ASCII bytes that give CSV its structure.
enum CSVByte {
  static let quote = UInt8(ascii: "\"")
  static let cr = UInt8(ascii: "\r")
  static let lf = UInt8(ascii: "\n")
  static let semicolon = UInt8(ascii: ";")
  static let comma = UInt8(ascii: ",")
  static let tab = UInt8(ascii: "\t")
}
