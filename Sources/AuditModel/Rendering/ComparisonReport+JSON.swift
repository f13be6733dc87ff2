extension ComparisonReport {
  /// The JSON contract of `audit compare --format json` (documented in the README).
  public func json() -> String {
    let r = { (value: Double?) -> JSONOutputValue in
      SwedishNumber.rounded(value).map { .number($0) } ?? .null
    }
    func summary(_ summary: Summary?) -> JSONOutputValue {
      guard let summary else { return .null }
      return .object([
        "count": .integer(summary.count), "minimum": r(summary.minimum),
        "lowerQuartile": r(summary.lowerQuartile), "median": r(summary.median),
        "upperQuartile": r(summary.upperQuartile), "maximum": r(summary.maximum),
      ])
    }
    var areaSummaries: [String: JSONOutputValue] = [:]
    for area in comparison.areas {
      areaSummaries[area.id] = summary(comparison.areaSummaries[area.id])
    }
    let municipalities = comparison.rows.map { row -> JSONOutputValue in
      var object: [String: JSONOutputValue] = [
        "code": .string(row.municipality.code), "name": .string(row.municipality.name),
        "answered": .bool(row.score != nil),
        "invalidFiles": .array(
          row.invalid.map {
            .object(["file": .string($0.file), "errors": .integer($0.errors)])
          }),
        "civilSociety": .array(
          row.civilSociety.map {
            .string(PersonalNumber.redacted($0.response.metadata.organisation))
          }),
      ]
      if let score = row.score {
        var areas: [String: JSONOutputValue] = [:]
        var completeness: [String: JSONOutputValue] = [:]
        let incomplete = score.isIncomplete
        for area in comparison.areas {
          let figures = row.figures(area: area.id)
          areas[area.id] = incomplete ? .null : r(figures?.fulfilment)
          completeness[area.id] = r(figures?.completeness)
        }
        object["areas"] = .object(areas)
        object["areaCompleteness"] = .object(completeness)
        // An incomplete response has no single figure: only its range.
        object["fulfilment"] = incomplete ? .null : r(score.total.fulfilment)
        object["completeness"] = r(score.total.completeness)
        object["incomplete"] = .bool(incomplete)
        object["incompleteReason"] = score.incompleteReason.map { .string($0) } ?? .null
        object["lowest"] = r(score.total.lowest)
        object["highest"] = r(score.total.highest)
        object["partlyMet"] = .integer(score.total.partlyMet)
        object["notApplicable"] = .integer(score.total.notApplicable)
        object["deficiencies"] = .integer(score.total.deficiencies)
        object["improvementAreas"] = .integer(score.total.improvementAreas)
        object["unknowns"] = .integer(score.total.unknowns)
        object["unverified"] = .integer(score.total.unverified)
        object["file"] = .string(score.response.file)
      }
      return .object(object)
    }
    let duties = comparison.dutyShares.map { share -> JSONOutputValue in
      .object([
        "id": .string(share.duty.id), "title": .string(share.duty.title),
        "mandatory": .bool(share.isMandatory), "met": .integer(share.met),
        "partly": .integer(share.partly), "notMet": .integer(share.notMet),
        "unknown": .integer(share.unknown), "other": .integer(share.other),
        "municipalities": .integer(share.total),
      ])
    }
    let discrepancies = comparison.discrepancies.map { item -> JSONOutputValue in
      .object([
        "municipality": .string(item.municipality.code), "question": .string(item.question.id),
        "municipalityAnswer": .string(item.municipalityAnswer.text),
        "municipalityComment": .string(PersonalNumber.redacted(item.municipalityComment)),
        "organisation": .string(PersonalNumber.redacted(item.organisation)),
        "organisationAnswer": .string(item.organisationAnswer.text),
        "organisationComment": .string(PersonalNumber.redacted(item.organisationComment)),
      ])
    }
    var root: [String: JSONOutputValue] = [
      "schemaVersion": .integer(2),
      "county": comparison.county.map {
        .object(["code": .string($0.code), "name": .string($0.name)])
      } ?? .null,
      "round": .string(comparison.round),
      "areas": .array(
        comparison.areas.map { .object(["id": .string($0.id), "title": .string($0.title)]) }),
      "municipalities": .array(municipalities),
      "missing": .array(comparison.missing.map { .string($0.code) }),
      "invalid": .array(comparison.invalidRows.map { .string($0.municipality.code) }),
      "incomplete": .array(comparison.incomplete.map { .string($0.municipality.code) }),
      "unplacedInvalidFiles": .array(comparison.unplacedInvalid.map { .string($0.file) }),
      "summaries": .object([
        "total": summary(comparison.totalSummary), "areas": .object(areaSummaries),
      ]),
      "duties": .array(duties),
      "mostOftenUnmet": .array(comparison.mostOftenUnmet.map { .string($0.duty.id) }),
      "discrepancies": .array(discrepancies),
    ]
    if let change {
      let items = change.municipalities.map { item -> JSONOutputValue in
        var areas: [String: JSONOutputValue] = [:]
        for (id, pair) in item.areas {
          areas[id] = .object(["before": r(pair.before), "after": r(pair.after)])
        }
        return .object([
          "code": .string(item.municipality.code), "before": r(item.totalBefore),
          "after": r(item.totalAfter), "delta": r(item.totalDelta), "areas": .object(areas),
          "incompleteBefore": .bool(item.incompleteBefore),
          "incompleteAfter": .bool(item.incompleteAfter),
          "newDeficiencies": .array(item.newDeficiencies.map { .string($0) }),
          "closedDeficiencies": .array(item.closedDeficiencies.map { .string($0) }),
        ])
      }
      root["change"] = .object([
        "previousRound": .string(change.previousRound),
        "commonDuties": .array(change.commonDuties.map { .string($0) }),
        "leftOut": .array(
          change.leftOut.map {
            .object(["duty": .string($0.duty.id), "reason": .string($0.reason)])
          }),
        "municipalities": .array(items),
      ])
    }
    return JSONOutput.render(JSONOutputValue.object(root))
  }
}
