// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "newskit",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "NewskitCore", targets: ["Core"]),
        .library(name: "NewskitExporters", targets: ["Exporters"]),
        .executable(name: "newskit", targets: ["newskit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // SHA-256/512 for document origins, BagIt manifests and content-derived ids.
        .package(url: "https://github.com/apple/swift-crypto", "3.12.3"..<"5.0.0"),
    ],
    targets: [
        // libarchive (tar.gz bundles, reading archives) and zlib (EPUB's zip container).
        .systemLibrary(name: "CArchive", pkgConfig: "libarchive", providers: [.apt(["libarchive-dev"])]),
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .target(
            name: "Core",
            dependencies: ["CArchive", "CZlib", .product(name: "Crypto", package: "swift-crypto")],
            resources: [.copy("Resources")]
        ),
        .target(name: "Exporters", dependencies: ["Core", "CArchive", "CZlib"]),
        .executableTarget(
            name: "newskit",
            dependencies: ["Core", "Exporters", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .target(name: "TestSupport", dependencies: ["Core"], path: "Tests/TestSupport"),
        .testTarget(name: "CoreTests", dependencies: ["Core", "TestSupport"]),
        .testTarget(name: "ExportersTests", dependencies: ["Exporters", "Core", "TestSupport"]),
        .testTarget(name: "newskitTests", dependencies: ["TestSupport"]),
    ]
)
