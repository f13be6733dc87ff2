extension ScoringRules {
  /// The value of a scored answer, or `nil` for anything that is not ja/delvis/nej.
  public func value(_ answer: AnswerValue?) -> Double? {
    switch answer {
    case .yes: return yes
    case .partial: return partial
    case .no: return no
    default: return nil
    }
  }
}
