import Foundation

extension Register {
  /// This register plus the register files found in a `register` folder in `folder` or up to
  /// two folders above it (a county folder holding several rounds): fictional or local
  /// municipalities and counties (`register/kommuner.csv`, `register/lan.csv`).
  public func addingFiles(near folder: String) -> Register {
    var current = folder
    for _ in 0..<3 {
      let candidate = "\(current)/register"
      current = (current as NSString).deletingLastPathComponent
      guard let municipalities = FileSystem.read("\(candidate)/kommuner.csv"),
        let counties = FileSystem.read("\(candidate)/lan.csv")
      else { continue }
      let extra = Register.parse(
        municipalities: decodeText(municipalities).text, counties: decodeText(counties).text)
      return adding(extra)
    }
    return self
  }
}
