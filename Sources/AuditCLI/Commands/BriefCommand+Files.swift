import AuditModel
import Foundation

extension BriefCommand {
  /// `brief FIL`: a self-assessment report from one municipality's own response.
  static func selfAssessment(
    _ file: String, session: Session, model: DutyModel, templates: TemplateSet, html: Bool
  ) throws(CommandError) {
    let (responses, _, _) = try session.validResponses([file], model: model)
    guard
      let response = responses.first(where: { $0.metadata.perspective == .municipality })
    else {
      throw .usage("\(file): ingen ifylld checklista från en kommun — ange en omgångsmapp")
    }
    let audience =
      Audience(rawValue: session.arguments.value("--audience") ?? "") ?? .politician
    try session.emit(
      BriefDocuments.selfAssessment(
        Scorer.score(response, model: model), model: model, templates: templates,
        audience: audience, html: html))
  }

  static func loadTemplates(_ session: Session) throws(CommandError) -> TemplateSet {
    let result: Result<TemplateSet, TemplateLoadError>
    if let folder = session.arguments.value("--templates") {
      let path = session.resolve(folder)
      guard FileSystem.isDirectory(path) else {
        throw .noInput("\(folder): mallmappen finns inte")
      }
      var files: [String: String] = [:]
      for name in TemplateSet.fileNames {
        if let data = FileSystem.read("\(path)/\(name)") { files[name] = decodeText(data).text }
      }
      result = TemplateSet.load(files, root: folder)
    } else {
      result = TemplateSet.embedded
    }
    switch result {
    case .success(let set): return set
    case .failure(let error): throw .data(error.diagnostics)
    }
  }
}

extension Session {
  /// Writes the briefs of `documents` (every municipality, or a tour and its overview) into
  /// the folder `out`; when it stops early it says which it wrote and which are left.
  func write(_ documents: BriefDocuments, tour: [Municipality]?, to out: String, html: Bool)
    throws(CommandError) -> [String]
  {
    var written: [String] = []
    let force = arguments.isSet("--force")
    do throws(FileSystemError) {
      if let tour {
        try documents.writeTour(tour, to: resolve(out), html: html, force: force, written: &written)
      } else {
        try documents.writeAll(to: resolve(out), html: html, force: force, written: &written)
      }
    } catch {
      // Say what is done and what is left, so a second run can be planned.
      let left = documents.fileNames(tour, html: html).filter { !written.contains($0) }
      console.note(
        "Skrev \(written.count) av \(written.count + left.count) underlag i \(out) innan "
          + "felet; kvar att skriva: \(left.joined(separator: ", "))")
      throw CommandError(error)
    }
    return written
  }
}
