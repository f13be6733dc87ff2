import AuditModel
import Foundation

extension Session {
  /// The round of `folder` with its county's earlier rounds: `--history DIR...` when given,
  /// else the round folders of the same county beside it (see `RoundHistory.candidates`). Without `--previous` the latest earlier round is the
  /// previous round. A sibling folder that cannot be read is named and left out.
  func readRoundWithHistory(_ folder: String, model: DutyModel) throws(CommandError) -> (
    analysis: RoundAnalysis, history: [RegionComparison]
  ) {
    let previousArgument = arguments.value("--previous")
    var analysis = try readRound(
      folder, previous: previousArgument, region: arguments.value("--region"), model: model)
    let given = arguments.all("--history")
    var candidates: [RoundFolder] = []
    if !given.isEmpty {
      candidates = try readRounds(given, model: model)
    } else {
      let skip = previousArgument.map { (resolve($0) as NSString).standardizingPath }
      let paths = RoundHistory.candidates(for: resolve(folder)).filter {
        ($0 as NSString).standardizingPath != skip
      }
      // All earlier rounds are read together, on all cores; only when one of them cannot be
      // read are they read one by one, so that the others are still shown.
      do throws(CommandError) {
        candidates = try readRounds(paths, model: model)
      } catch {
        for path in paths {
          do throws(CommandError) {
            candidates += try readRounds([path], model: model)
          } catch {
            console.note(
              "obs: \((path as NSString).lastPathComponent) läses inte som tidigare omgång; "
                + "kontrollera mappen med 'audit validate'")
          }
        }
      }
    }
    if let previous = analysis.previous { candidates.append(previous) }
    let earlier = RoundHistory.earlier(than: analysis.current, among: candidates)
    if analysis.previous == nil, let last = earlier.last {
      analysis = RoundAnalysis(current: analysis.current, previous: last, model: model)
    }
    let history = Parallel.map(earlier) { $0.comparison(model: model) }
    keepUntilExit(history)
    return (analysis, history)
  }
}
