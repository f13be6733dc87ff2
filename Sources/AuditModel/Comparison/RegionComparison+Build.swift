extension RegionComparison {
  /// Compares the scored responses of a round.
  /// - Parameters:
  ///   - municipalities: every municipality expected to answer.
  ///   - scores: scored responses, both perspectives; when a municipality answered
  ///     twice, the response with the latest reference date (then file name) counts.
  ///   - model: the duty model.
  ///   - invalid: response files with errors, shown as "ogiltigt svar" for their municipality.
  public init(
    county: County?, round: String, municipalities: [Municipality], scores: [ResponseScore],
    model: DutyModel, invalid: [InvalidFile] = []
  ) {
    self.county = county
    self.round = round
    rules = model.scoring
    var own: [String: ResponseScore] = [:]
    var civil: [String: [ResponseScore]] = [:]
    for score in scores {
      let code = score.response.metadata.municipalityCode
      if score.response.metadata.perspective == .civilSociety {
        civil[code, default: []].append(score)
      } else if let current = own[code] {
        let newer =
          (score.response.metadata.referenceDate, score.response.file)
          > (current.response.metadata.referenceDate, current.response.file)
        if newer { own[code] = score }
      } else {
        own[code] = score
      }
    }
    var all = Dictionary(municipalities.map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a })
    for score in scores where all[score.response.metadata.municipalityCode] == nil {
      let metadata = score.response.metadata
      all[metadata.municipalityCode] = Municipality(
        code: metadata.municipalityCode, name: metadata.municipalityName,
        countyCode: String(metadata.municipalityCode.prefix(2)))
    }
    let invalidByCode = Dictionary(grouping: invalid) { $0.municipalityCode ?? "" }
    rows = all.keys.sorted().compactMap { code in
      all[code].map {
        Row(
          municipality: $0, score: own[code],
          civilSociety: (civil[code] ?? []).sorted { $0.response.file < $1.response.file },
          invalid: (invalidByCode[code] ?? []).sorted { $0.file < $1.file })
      }
    }
    unplacedInvalid = invalid.filter { all[$0.municipalityCode ?? ""] == nil }
      .sorted { $0.file < $1.file }
    // Medians and quartiles use only responses complete enough for one figure.
    let answered = rows.filter { !$0.isIncomplete }.compactMap(\.score)
    let areaIDs = Set(rows.compactMap(\.score).flatMap { $0.areas.map(\.area.id) })
    areas = model.areas.filter { areaIDs.contains($0.id) }
    var summaries: [String: Summary] = [:]
    for area in areas {
      summaries[area.id] = Summary(
        answered.compactMap { score in
          score.areas.first { $0.area.id == area.id }?.figures.fulfilment
        })
    }
    areaSummaries = summaries
    totalSummary = Summary(answered.compactMap(\.total.fulfilment))
    dutyShares = RegionComparison.shares(rows.compactMap(\.score), model: model)
    discrepancies = rows.flatMap { row in RegionComparison.discrepancies(row) }
  }

  private static func shares(_ scores: [ResponseScore], model: DutyModel) -> [DutyShare] {
    var byDuty: [String: DutyShare] = [:]
    // The duty scores are read in place, not copied out of their arrays.
    for score in scores.indices {
      scores[score].duties.withUnsafeBufferPointer { duties in
        for index in duties.indices {
          let id = duties[index].duty.id
          let mandatory = duties[index].applied.strength.isMandatory
          var share =
            byDuty[id]
            ?? DutyShare(
              duty: duties[index].duty, isMandatory: mandatory, met: 0, partly: 0, notMet: 0,
              unknown: 0, other: 0)
          switch duties[index].status {
          case .excepted, .notApplicable: share.other += 1
          case .unknown, .notAssessed: share.unknown += 1
          case .met: share.met += 1
          case .partlyMet: share.partly += 1
          case .notMet: share.notMet += 1
          }
          share.isMandatory = share.isMandatory || mandatory
          byDuty[id] = share
        }
      }
    }
    return model.duties.compactMap { byDuty[$0.id] }
  }

  private static func discrepancies(_ row: Row) -> [Discrepancy] {
    guard let own = row.score else { return [] }
    var result: [Discrepancy] = []
    for other in row.civilSociety {
      for duty in own.duties {
        for question in duty.questions {
          guard
            question.question.answerKind == .yesPartialNo
              || question.question.answerKind == .choice,
            let mine = question.answer, let mineValue = mine.value
          else { continue }
          // An organisation that does not know ("vet ej") does not disagree.
          guard let theirs = other.response.answer(question.question.id),
            let theirValue = theirs.value, theirValue != mineValue, theirValue != .unknown
          else { continue }
          result.append(
            Discrepancy(
              municipality: row.municipality, question: question.question,
              municipalityAnswer: mineValue, municipalityComment: mine.comment,
              organisation: other.response.metadata.organisation, organisationAnswer: theirValue,
              organisationComment: theirs.comment))
        }
      }
    }
    return result
  }
}
