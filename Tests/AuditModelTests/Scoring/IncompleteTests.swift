import Foundation
import Testing

@testable import AuditModel

/// `ResponseScore.isIncomplete`, worked out without the reason, agrees with `incompleteReason`.
struct IncompleteTests {
  @Test func isIncompleteIsExactlyWhenThereIsAReason() throws {
    let model = DutyModel.embedded
    let calendar = DutyCalendar(model)
    let validator = ResponseValidator(
      register: Register.embedded.addingFiles(
        near: TestPaths.repo("examples/exempellan/2026-host").path),
      today: Day("2026-11-25") ?? Day(ordinal: 0), calendar: calendar)
    var checked = 0
    var incomplete = 0
    for round in ["2024-host", "2025-var", "2026-host"] {
      let folder = TestPaths.repo("examples/exempellan/\(round)/svar").path
      for name in FileSystem.contents(of: folder) {
        guard let data = FileSystem.read("\(folder)/\(name)"),
          let response = ResponseFiles.check(data, file: name, validator: validator).response
        else { continue }
        // The whole response, and with more and more answers left out or made "ej aktuellt".
        for cut in [0, 20, 40, 60, 100, 130, response.answers.count] {
          for notApplicable in [false, true] {
            var changed = response
            if notApplicable {
              for index in changed.answers.indices.prefix(cut) {
                changed.answers[index].value = .notApplicable
              }
            } else {
              changed.answers.removeFirst(min(cut, changed.answers.count))
            }
            let score = Scorer.score(changed, calendar: calendar)
            #expect(score.isIncomplete == (score.incompleteReason != nil), "\(name) \(cut)")
            checked += 1
            if score.isIncomplete { incomplete += 1 }
          }
        }
      }
    }
    #expect(checked > 100)
    #expect(incomplete > 10 && incomplete < checked, "both kinds are checked")
  }
}
