extension Questionnaire {
  /// Whether `response` answers this questionnaire (not the municipality's checklist).
  public func isAnswered(by response: Response) -> Bool {
    response.metadata.perspective == .civilSociety
      && response.answers.contains { item($0.questionID) != nil }
  }
}
