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

  /// The discrepancies grouped by the flag that contradicts them, in first-seen order.
  public static func grouped(_ items: [RegisterDiscrepancy]) -> [[RegisterDiscrepancy]] {
    var groups: [[RegisterDiscrepancy]] = []
    for item in items {
      if let index = groups.firstIndex(where: { $0.first?.flag == item.flag }) {
        groups[index].append(item)
      } else {
        groups.append([item])
      }
    }
    return groups
  }

  /// A group (one flag) in words: "D015-1 Kan nämnden …? och D015-2 …? Kommunen: ja.
  /// Avtalsregistret: …".
  public static func text(_ group: [RegisterDiscrepancy]) -> String {
    guard let first = group.first else { return "" }
    let questions = group.map { "\($0.question.id) \($0.question.text)" }
    return Swedish.list(questions) + " Kommunen: \(first.answer.text). Avtalsregistret: "
      + first.flag.detail
  }

  /// The question a group raises at the dialogue meeting.
  public static func dialogueQuestion(_ group: [RegisterDiscrepancy]) -> String {
    guard let first = group.first else { return "" }
    return "Kommunen svarar \(first.answer.text) på \(Swedish.list(group.map(\.question.id))), "
      + "men avtalsregistret visar: \(first.flag.detail) Hur hänger det ihop?"
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
