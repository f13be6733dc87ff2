extension Municipality {
  /// `1490-Borås` style file name for the municipality, without extension, safe on every
  /// platform.
  public var fileStem: String {
    "\(code)-\(SafeFileName.stem(name))"
  }
}
