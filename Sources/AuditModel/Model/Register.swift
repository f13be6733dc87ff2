import Foundation

/// The SCB register of municipalities and counties.
public struct Register: Hashable, Sendable {
  /// Every municipality, sorted by code.
  public var municipalities: [Municipality]
  /// Every county, sorted by code.
  public var counties: [County]

  /// Creates a register.
  public init(municipalities: [Municipality], counties: [County]) {
    self.municipalities = municipalities.sorted { $0.code < $1.code }
    self.counties = counties.sorted { $0.code < $1.code }
  }

  /// The register shipped inside the binary (`checklists/register/`).
  public static let embedded: Register = {
    let files = Dictionary(
      uniqueKeysWithValues: EmbeddedFiles.register.map { ($0.path, $0.text) })
    return parse(municipalities: files["kommuner.csv"] ?? "", counties: files["lan.csv"] ?? "")
  }()

  /// Parses the register's two CSV files (`kod,namn,lanskod` and `kod,namn`).
  public static func parse(municipalities: String, counties: String) -> Register {
    func rows(_ text: String) -> [[String]] {
      text.split(whereSeparator: \.isNewline).dropFirst().map {
        $0.split(separator: ",", omittingEmptySubsequences: false).map {
          TextFolding.trimmed(String($0), .whitespaces)
        }
      }
    }
    let municipalityList = rows(municipalities).compactMap { row in
      row.count >= 3 ? Municipality(code: row[0], name: row[1], countyCode: row[2]) : nil
    }
    let countyList = rows(counties).compactMap { row in
      row.count >= 2 ? County(code: row[0], name: row[1]) : nil
    }
    return Register(municipalities: municipalityList, counties: countyList)
  }

  /// This register with `other`'s municipalities and counties added (codes already
  /// present keep their entry).
  public func adding(_ other: Register) -> Register {
    let codes = Set(municipalities.map(\.code))
    let countyCodes = Set(counties.map(\.code))
    return Register(
      municipalities: municipalities + other.municipalities.filter { !codes.contains($0.code) },
      counties: counties + other.counties.filter { !countyCodes.contains($0.code) })
  }

  /// The municipalities of one county.
  public func municipalities(inCounty code: String) -> [Municipality] {
    municipalities.filter { $0.countyCode == code }
  }

  /// The county with `code`, if any.
  public func county(code: String) -> County? {
    counties.first { $0.code == code }
  }
}
