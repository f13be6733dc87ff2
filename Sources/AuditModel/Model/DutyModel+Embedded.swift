extension DutyModel {
  /// The pliktmodell in checklists/model as the loader read and checked it when the tool was
  /// built (see `Generated/CompiledModel.swift`), so that a command does not parse and check
  /// the JSON each time it starts. A test keeps it equal to what ``ModelLoader`` makes of
  /// ``ModelFiles/embedded``.
  public static var embedded: DutyModel { CompiledModel.model }

  /// ``ModelFiles/fingerprint`` of the files ``embedded`` was made from.
  public static var embeddedFingerprint: UInt64 { CompiledModel.fingerprint }
}
