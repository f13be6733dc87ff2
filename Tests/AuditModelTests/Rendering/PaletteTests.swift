import Foundation
import Testing

@testable import AuditModel

/// The heat-map palette reads in greyscale and for red-green colour-blind readers:
/// neighbouring steps differ by at least 15 units of CIE lightness L* (0–100, so 15 %),
/// also after simulating protanopia and deuteranopia (Machado, Oliveira and Fernandes 2009,
/// severity 1), and every band's text colour has a contrast of at least 4.5:1.
struct PaletteTests {
  static func rgb(_ hex: String) -> [Double] {
    let digits = Array(hex.dropFirst())
    return stride(from: 0, to: 6, by: 2).map { index in
      Double(Int(String(digits[index..<index + 2]), radix: 16) ?? 0)
    }
  }

  static func linear(_ channel: Double) -> Double {
    let c = channel / 255
    return c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
  }

  /// Relative luminance of linear RGB.
  static func luminance(_ linear: [Double]) -> Double {
    0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
  }

  /// CIE L* of a luminance.
  static func lightness(_ y: Double) -> Double {
    y > 0.008856 ? 116 * pow(y, 1.0 / 3) - 16 : 903.3 * y
  }

  static let protanopia = [
    [0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ]
  static let deuteranopia = [
    [0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413],
    [-0.011820, 0.042940, 0.968881],
  ]

  /// L* of `hex`, as seen through `matrix` (none: normal vision).
  static func seenLightness(_ hex: String, _ matrix: [[Double]]?) -> Double {
    let linear = rgb(hex).map(Self.linear)
    guard let matrix else { return lightness(luminance(linear)) }
    let seen = matrix.map { row in
      min(1, max(0, zip(row, linear).map(*).reduce(0, +)))
    }
    return lightness(luminance(seen))
  }

  @Test(arguments: ["normal", "protanopi", "deuteranopi"])
  func neighbouringStepsDifferByAtLeast15PercentLightness(_ vision: String) {
    let matrix = ["protanopi": Self.protanopia, "deuteranopi": Self.deuteranopia][vision]
    let values = HTML.bands.map { Self.seenLightness($0.colour, matrix) }
    for (upper, lower) in zip(values, values.dropFirst()) {
      #expect(upper - lower >= 15, "\(vision): \(upper) mot \(lower)")
    }
    // The hatch of "saknar svar" is not a band colour, and "–" is white.
    #expect(!HTML.bands.contains { $0.colour == HTML.notApplicableColour })
  }

  @Test func lightnessOfTheLightestAndDarkestStepsIsAsWorkedOut() {
    // #fff6bf: linear (1, 0.9216, 0.5210) → Y 0.9093 → L* 96.4;
    // #1c2c66: linear (0.0116, 0.0252, 0.1329) → Y 0.0301 → L* 20.1.
    #expect(abs(Self.seenLightness("#fff6bf", nil) - 96.4) < 0.1)
    #expect(abs(Self.seenLightness("#1c2c66", nil) - 20.1) < 0.1)
  }

  @Test func textOnEveryBandHasContrastOfAtLeast4Point5() {
    for band in HTML.bands {
      let background = Self.luminance(Self.rgb(band.colour).map(Self.linear))
      let text = Self.luminance(Self.rgb(band.text).map(Self.linear))
      let contrast = (max(background, text) + 0.05) / (min(background, text) + 0.05)
      #expect(contrast >= 4.5, "\(band.label): \(contrast)")
    }
  }

  @Test func missingAndNotApplicableCellsLookDifferent() {
    let missing = HTML.cellStyle(nil, missing: true)
    let none = HTML.cellStyle(nil, missing: false)
    #expect(missing != none)
    #expect(missing.contains("repeating-linear-gradient"))
  }
}
