import Foundation

/// A spreadsheet saved in its own format instead of as CSV: recognised by its first bytes,
/// so that the person who saved it learns what the file is and how to save it as CSV.
public enum SpreadsheetFile: Hashable, Sendable {
  /// An Excel workbook (`.xlsx`, a zip archive with `xl/`).
  case excelWorkbook
  /// An OpenDocument spreadsheet (`.ods`, LibreOffice Calc's own format, a zip archive).
  case openDocument
  /// Some other zip archive (a Word file, a zipped folder).
  case zipArchive
  /// An Excel 97–2003 workbook (`.xls`, an OLE2 compound file).
  case legacyExcel

  /// Recognises `data`, or `nil` when it does not start like a spreadsheet file.
  public init?(_ data: Data) {
    if data.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
      if data.range(of: Data("opendocument.spreadsheet".utf8)) != nil {
        self = .openDocument
      } else if data.range(of: Data("xl/workbook".utf8)) != nil {
        self = .excelWorkbook
      } else {
        self = .zipArchive
      }
    } else if data.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
      self = .legacyExcel
    } else {
      return nil
    }
  }

  /// What the file is, in Swedish.
  public var message: String {
    switch self {
    case .excelWorkbook: return "filen är en Excel-arbetsbok (.xlsx), inte en CSV-fil"
    case .openDocument: return "filen är ett OpenDocument-kalkylblad (.ods), inte en CSV-fil"
    case .zipArchive:
      return "filen är ett zip-arkiv (t.ex. en Word- eller Excel-fil), inte en CSV-fil"
    case .legacyExcel: return "filen är en äldre Excel-arbetsbok (.xls), inte en CSV-fil"
    }
  }

  /// How to save it as CSV, in Swedish.
  public var help: String {
    switch self {
    case .openDocument:
      return "öppna den i LibreOffice Calc, välj Arkiv > Spara som, filtyp \"Text CSV (.csv)\" "
        + "och teckenuppsättningen Unicode (UTF-8), och spara den filen i stället"
    case .excelWorkbook, .legacyExcel, .zipArchive:
      return "öppna den i Excel, välj Arkiv > Spara som, filformat "
        + "\"CSV UTF-8 (kommaavgränsad) (*.csv)\", och spara den filen i stället"
    }
  }
}
