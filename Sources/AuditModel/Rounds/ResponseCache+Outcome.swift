/// How a checked response is kept in a ``ResponseCache``: every field of
/// ``ResponseFiles/Outcome``, so that reading it back gives the outcome the check gave, equal
/// in every field (a test round-trips every example response and fuzzed ones).
extension ResponseCache {
  static func encode(_ outcome: ResponseFiles.Outcome) -> [UInt8] {
    var writer = BinaryWriter()
    writer.write(outcome.response) { writer, response in
      let metadata = response.metadata
      for text in [
        metadata.municipalityCode, metadata.municipalityName, metadata.round,
        metadata.perspective.rawValue, metadata.organisation, metadata.modelVersion,
        metadata.respondentRole,
      ] {
        writer.write(text)
      }
      writer.write(metadata.referenceDate.ordinal)
      writer.write(response.answers) { writer, answer in
        writer.write(answer.questionID)
        writer.write(answer.value) { writer, value in encode(value, into: &writer) }
        writer.write(answer.comment)
        writer.write(answer.evidence)
        encode(answer.position, into: &writer)
      }
      writer.write(response.exceptions) { writer, exception in
        writer.write(exception.dutyID)
        writer.write(exception.justification)
        writer.write(exception.validUntil.ordinal)
      }
      writer.write(response.file)
    }
    writer.write(outcome.diagnostics) { writer, diagnostic in
      writer.write(diagnostic.severity == .error)
      writer.write(diagnostic.file)
      writer.write(diagnostic.position) { writer, position in encode(position, into: &writer) }
      writer.write(diagnostic.message)
      writer.write(diagnostic.help)
    }
    writer.write(outcome.summary)
    writer.write(outcome.municipalityCode) { writer, code in writer.write(code) }
    writer.write(outcome.isCivilSociety)
    writer.write(outcome.rejectedNotApplicable) { writer, id in writer.write(id) }
    return writer.bytes
  }

  static func decodeOutcome(_ bytes: UnsafeRawBufferPointer) throws(BinaryReadError)
    -> ResponseFiles.Outcome
  {
    var reader = BinaryReader(bytes)
    let response = try reader.optional { reader throws(BinaryReadError) -> Response in
      let code = try reader.string()
      let name = try reader.string()
      let round = try reader.string()
      guard let perspective = Perspective(rawValue: try reader.string()) else {
        throw BinaryReadError()
      }
      let organisation = try reader.string()
      let modelVersion = try reader.string()
      let role = try reader.string()
      let metadata = ResponseMetadata(
        municipalityCode: code, municipalityName: name, round: round,
        referenceDate: Day(ordinal: try reader.int()), perspective: perspective,
        organisation: organisation, modelVersion: modelVersion, respondentRole: role)
      let answers = try reader.array { reader throws(BinaryReadError) in
        Answer(
          questionID: try reader.string(),
          value: try reader.optional { reader throws(BinaryReadError) in
            try decodeValue(&reader)
          },
          comment: try reader.string(), evidence: try reader.string(),
          position: try decodePosition(&reader))
      }
      let exceptions = try reader.array { reader throws(BinaryReadError) in
        DutyException(
          dutyID: try reader.string(), justification: try reader.string(),
          validUntil: Day(ordinal: try reader.int()))
      }
      return Response(
        metadata: metadata, answers: answers, exceptions: exceptions, file: try reader.string())
    }
    let diagnostics = try reader.array { reader throws(BinaryReadError) in
      Diagnostic(
        try reader.bool() ? .error : .warning, file: try reader.string(),
        at: try reader.optional { reader throws(BinaryReadError) in
          try decodePosition(&reader)
        },
        try reader.string(), help: try reader.string())
    }
    var outcome = ResponseFiles.Outcome(
      response: response, diagnostics: diagnostics, summary: try reader.string())
    outcome.municipalityCode = try reader.optional { reader throws(BinaryReadError) in
      try reader.string()
    }
    outcome.isCivilSociety = try reader.bool()
    outcome.rejectedNotApplicable = try reader.array { reader throws(BinaryReadError) in
      try reader.string()
    }
    guard reader.isAtEnd else { throw BinaryReadError() }
    return outcome
  }

  private static func encode(_ position: SourcePosition, into writer: inout BinaryWriter) {
    writer.write(position.line)
    writer.write(position.column)
  }

  private static func decodePosition(_ reader: inout BinaryReader) throws(BinaryReadError)
    -> SourcePosition
  {
    SourcePosition(line: try reader.int(), column: try reader.int())
  }

  /// An answer value: a tag, then the value for the kinds that carry one.
  private static func encode(_ value: AnswerValue, into writer: inout BinaryWriter) {
    switch value {
    case .yes: writer.write(0)
    case .partial: writer.write(1)
    case .no: writer.write(2)
    case .unknown: writer.write(3)
    case .notApplicable: writer.write(4)
    case .number(let number):
      writer.write(5)
      writer.write(number)
    case .date(let day):
      writer.write(6)
      writer.write(day.ordinal)
    case .choice(let choice):
      writer.write(7)
      writer.write(choice)
    case .text(let text):
      writer.write(8)
      writer.write(text)
    }
  }

  private static func decodeValue(_ reader: inout BinaryReader) throws(BinaryReadError)
    -> AnswerValue
  {
    switch try reader.int() {
    case 0: return .yes
    case 1: return .partial
    case 2: return .no
    case 3: return .unknown
    case 4: return .notApplicable
    case 5: return .number(try reader.double())
    case 6: return .date(Day(ordinal: try reader.int()))
    case 7: return .choice(try reader.string())
    case 8: return .text(try reader.string())
    default: throw BinaryReadError()
    }
  }
}
