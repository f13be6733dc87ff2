/// The version of `audit`, printed by `--version` and written into the forms it makes.
public enum ToolVersion {
  /// The version.
  public static let current = "0.1.0"
}
