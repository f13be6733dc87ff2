import Foundation

extension PreviousAnswers {
  /// The municipalities' own answers in `round` that count there (one per municipality, the
  /// round's own: duplicates and strays are never carried forward), with the wording of each
  /// question read from the file; `resolve` makes the round's file paths absolute.
  public static func latest(in round: RoundFolder, resolve: (String) -> String) -> [String: Self] {
    latest(
      round.files.compactMap { file in
        guard file.standing == .counted, let response = file.response,
          let data = FileSystem.read(resolve(file.file))
        else { return nil }
        return (response, data)
      })
  }
}
