import Foundation

/// The checked responses of one round folder, kept in `.audit-cache` beside its `svar/`, so
/// that the next command over the same round does not parse and check the same files again.
///
/// An outcome is only ever taken from the cache when everything it was computed from is the
/// same: the file's content (its ``ContentHash`` and size) and name as shown, the build of the
/// tool and the pliktmodell (``Identity``), the register of municipalities and today's date
/// (the check warns about dates in the future). The file starts with a key made of all but the
/// first two; when the key differs, or the file is damaged in any way, the cache is ignored and
/// written anew. A file whose content changed is checked again at once. Only round folders
/// (with `omgang.json` and `svar/`) have a cache: in a plain folder of checklists the file
/// would be one more file to explain. A cache that cannot be written is simply not written;
/// `AUDIT_CACHE=0` turns it off.
public struct ResponseCache: Sendable {
  /// The file's name in the round folder.
  public static let fileName = ".audit-cache"

  /// The build of the tool and the model an outcome was computed with.
  public struct Identity: Hashable, Sendable {
    /// The tool's version and build, e.g. `0.1.0 12345678 1764590000.123`.
    public var tool: String
    /// The ``ContentHash`` of the model files (see ``ModelFiles/fingerprint``).
    public var model: UInt64

    /// Creates an identity.
    public init(tool: String, model: UInt64) {
      self.tool = tool
      self.model = model
    }
  }

  /// One checked file as kept in the cache.
  public struct Entry: Sendable {
    let name: String
    let size: Int
    let hash: UInt64
    /// The encoded outcome; a slice of the whole cache file when read from it.
    let payload: Data
  }

  /// The first bytes of the file; the number is the format, raised when the layout changes.
  static let magic = Array("audit-cache 1\n".utf8)

  let path: String
  let key: UInt64
  let stored: [String: Entry]

  /// The cache of the round folder at `round`, empty when there is none or it is stale;
  /// `nil` when `round` is not a round folder.
  public static func open(
    round: String, identity: Identity, register: Register, today: Day
  ) -> ResponseCache? {
    guard FileSystem.exists("\(round)/\(RoundWorkspace.descriptionFile)"),
      FileSystem.isDirectory("\(round)/\(RoundWorkspace.responsesFolder)")
    else { return nil }
    var parts = "\(identity.tool)\n\(identity.model)\n\(today.ordinal)\n"
    for municipality in register.municipalities {
      parts += "\(municipality.code)\t\(municipality.name)\t\(municipality.countyCode)\n"
    }
    for county in register.counties { parts += "\(county.code)\t\(county.name)\n" }
    let path = "\(round)/\(fileName)"
    let key = ContentHash.of(parts)
    let stored = FileSystem.read(path).flatMap { try? entries(in: $0, key: key) } ?? [:]
    return ResponseCache(path: path, key: key, stored: stored)
  }

  /// The outcome for the file shown as `name` with content `data`: the stored one when the
  /// content is the same, otherwise `check()`; with the entry to keep for it.
  public func outcome(
    name: String, data: Data, check: () -> ResponseFiles.Outcome
  ) -> (outcome: ResponseFiles.Outcome, entry: Entry) {
    let hash = ContentHash.of(data)
    if let entry = stored[name], entry.size == data.count, entry.hash == hash,
      let outcome = try? entry.payload.withUnsafeBytes({ bytes throws(BinaryReadError) in
        try Self.decodeOutcome(bytes)
      })
    {
      return (outcome, entry)
    }
    let outcome = check()
    return (
      outcome, Entry(name: name, size: data.count, hash: hash, payload: Data(Self.encode(outcome)))
    )
  }

  /// The outcome for the file shown as `name` with content `data`: through `cache` when the
  /// folder has one (see ``outcome(name:data:check:)``), otherwise `check()` with nothing to
  /// keep.
  static func outcome(
    in cache: ResponseCache?, name: String, data: Data, check: () -> ResponseFiles.Outcome
  ) -> (outcome: ResponseFiles.Outcome, kept: Entry?) {
    guard let cache else { return (check(), nil) }
    let (outcome, entry) = cache.outcome(name: name, data: data, check: check)
    return (outcome, entry)
  }

  /// Writes `entries` (one per file read) to the cache file when they differ from what it
  /// holds; a folder that cannot be written to is left as it is.
  public func save(_ entries: [Entry]) {
    let same =
      entries.count == stored.count
      && entries.allSatisfy { entry in
        stored[entry.name].map { $0.size == entry.size && $0.hash == entry.hash } ?? false
      }
    guard !same else { return }
    var writer = BinaryWriter()
    writer.write(key)
    writer.write(entries) { writer, entry in
      writer.write(entry.name)
      writer.write(entry.size)
      writer.write(entry.hash)
      writer.write(entry.payload)
    }
    var bytes = Self.magic + writer.bytes
    let checksum = bytes.withUnsafeBytes { ContentHash.of($0) }
    withUnsafeBytes(of: checksum.littleEndian) { bytes.append(contentsOf: $0) }
    try? FileSystem.writeAtomically(Data(bytes), to: path)
  }

  /// The entries of a cache file, if it has the right format, key and checksum.
  static func entries(in data: Data, key: UInt64) throws(BinaryReadError) -> [String: Entry] {
    // The entries' payloads are slices of the file's bytes, not copies.
    let result = data.withUnsafeBytes { bytes -> Result<[String: Entry], BinaryReadError> in
      Result { () throws(BinaryReadError) in
        guard bytes.count >= magic.count + 8, bytes.starts(with: magic) else {
          throw BinaryReadError()
        }
        let body = UnsafeRawBufferPointer(rebasing: bytes[..<(bytes.count - 8)])
        var tail = BinaryReader(bytes, from: bytes.count - 8)
        guard try tail.uint64() == ContentHash.of(body) else { throw BinaryReadError() }
        var reader = BinaryReader(body, from: magic.count)
        guard try reader.uint64() == key else { throw BinaryReadError() }
        let entries = try reader.array { reader throws(BinaryReadError) in
          let name = try reader.string()
          let size = try reader.int()
          let hash = try reader.uint64()
          let block = try reader.block()
          let start = data.startIndex
          return Entry(
            name: name, size: size, hash: hash,
            payload: data[start + block.lowerBound..<start + block.upperBound])
        }
        guard reader.isAtEnd else { throw BinaryReadError() }
        return Dictionary(entries.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
      }
    }
    return try result.get()
  }
}
