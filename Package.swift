// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "audit",
  platforms: [.macOS(.v13)],
  products: [
    .library(name: "AuditModel", targets: ["AuditModel"]),
    .executable(name: "audit", targets: ["audit"]),
  ],
  targets: [
    .target(
      name: "AuditModel",
      exclude: ["AuditModel.docc"]
    ),
    .target(
      name: "AuditCLI",
      dependencies: ["AuditModel"]
    ),
    .executableTarget(
      name: "audit",
      dependencies: ["AuditCLI"]
    ),
    .testTarget(
      name: "AuditModelTests",
      dependencies: ["AuditModel", "AuditCLI"],
      exclude: ["Fixtures"]
    ),
  ]
)
