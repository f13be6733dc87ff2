import Foundation

/// A mistake in a template, with its place.
public struct TemplateError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The template file.
  public var file: String
  /// Where.
  public var position: SourcePosition
  /// What is wrong and how to fix it, in Swedish.
  public var message: String

  /// The diagnostic form.
  public var diagnostic: Diagnostic {
    Diagnostic(.error, file: file, at: position, message)
  }

  /// `fel: FILE:LINE:COLUMN: message`.
  public var description: String { diagnostic.description }
}
