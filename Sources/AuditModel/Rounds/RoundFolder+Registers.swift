import Foundation

extension RoundFolder {
  /// Reads `avtal.csv` or `avtal.json` in the round folder at `path` (`shown` as the user
  /// wrote it).
  public static func readAgreements(_ path: String, shown: String, register: Register)
    -> AgreementRegister?
  {
    for name in [AgreementRegister.csvFile, AgreementRegister.jsonFile] {
      if let data = FileSystem.read("\(path)/\(name)") {
        let file = shown.isEmpty || shown == "." ? name : "\(shown)/\(name)"
        return AgreementRegister(data, file: file, register: register)
      }
    }
    return nil
  }

  /// Reads the shelter register in the round folder at `path` or up to two folders above.
  public static func readShelters(_ path: String, shown: String, register: Register)
    -> ShelterRegister?
  {
    var folder = path
    var display = shown
    for _ in 0..<3 {
      for name in [ShelterRegister.csvFile, ShelterRegister.jsonFile] {
        if let data = FileSystem.read("\(folder)/\(name)") {
          let file = display == "." || display.isEmpty ? name : "\(display)/\(name)"
          return ShelterRegister(data, file: file, register: register)
        }
      }
      folder = (folder as NSString).deletingLastPathComponent
      display = FolderName.parent(display)
    }
    return nil
  }

  /// Whether the folder at `path` has a shelter register of its own.
  public static func hasShelterRegister(_ path: String) -> Bool {
    FileSystem.exists("\(path)/\(ShelterRegister.csvFile)")
      || FileSystem.exists("\(path)/\(ShelterRegister.jsonFile)")
  }

  /// The diagnostics of the civil-society registers a folder given to `validate` holds
  /// itself (`shown` as the user wrote it): its agreements, and its shelter register when it
  /// has one of its own; one list per register.
  public static func registerDiagnostics(_ path: String, shown: String, register: Register)
    -> [[Diagnostic]]
  {
    let trimmed = FolderName.trimmed(shown)
    let base = trimmed == "." ? "" : trimmed
    let registers: [[Diagnostic]?] = [
      readAgreements(path, shown: base, register: register)?.diagnostics,
      hasShelterRegister(path)
        ? readShelters(path, shown: base, register: register)?.diagnostics : nil,
    ]
    return registers.compactMap { $0 }
  }
}
