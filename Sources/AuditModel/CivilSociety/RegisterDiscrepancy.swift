/// A municipality's answer that the agreement register contradicts (issue 17): for example
/// "ja, nämnden kan erbjuda skyddat boende" while `avtal.csv` says its shelter agreement
/// ended without replacement. Shown like a civil-society disagreement, and a dialogue
/// question.
public struct RegisterDiscrepancy: Hashable, Sendable {
  /// The municipality code.
  public var municipalityCode: String
  /// The question answered.
  public var question: Question
  /// The municipality's answer.
  public var answer: AnswerValue
  /// The flag that contradicts it.
  public var flag: AgreementFlag

  /// The discrepancy in words.
  public var text: String {
    "\(question.id) \(question.text) Kommunen: \(answer.text). Avtalsregistret: \(flag.detail)"
  }

  /// The question it raises at the dialogue meeting.
  public var dialogueQuestion: String {
    "Kommunen svarar \(answer.text) på \(question.id), men avtalsregistret visar: "
      + "\(flag.detail) Hur hänger det ihop?"
  }

  /// Every discrepancy between `score`'s answers and the municipality's `flags`, by the
  /// checks in `scoring.json`, in question order.
  public static func find(
    _ score: ResponseScore, flags: [AgreementFlag], checks: [RegisterCheck]
  ) -> [RegisterDiscrepancy] {
    let code = score.response.metadata.municipalityCode
    let own = flags.filter { $0.municipalityCode == code }
    var result: [RegisterDiscrepancy] = []
    for duty in score.duties {
      for question in duty.questions where question.answerValue == .yes {
        for check in checks where check.questions.contains(question.question.id) {
          let matching = own.first { flag in
            flag.kind.rawValue == check.flag
              && (check.scope.map { flag.agreement?.scope.contains($0) ?? false } ?? true)
          }
          guard let flag = matching,
            !result.contains(where: { $0.question.id == question.question.id })
          else { continue }
          result.append(
            RegisterDiscrepancy(
              municipalityCode: code, question: question.question, answer: .yes, flag: flag))
        }
      }
    }
    return result
  }
}
