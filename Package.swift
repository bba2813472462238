// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "newskit",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "NewskitCore", targets: ["Core"]),
        .library(name: "NewskitExporters", targets: ["Exporters"]),
        .executable(name: "newskit", targets: ["newskit"]),
        .executable(name: "newskit-train", targets: ["TrainTagger"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // SHA-256/512 for document origins, BagIt manifests and content-derived ids.
        .package(url: "https://github.com/apple/swift-crypto", "3.12.3"..<"5.0.0"),
    ],
    targets: [
        // libarchive (tar.gz bundles, reading archives) and zlib (EPUB's zip container, .jsonl.gz inputs).
        .systemLibrary(name: "CArchive", pkgConfig: "libarchive", providers: [.apt(["libarchive-dev"])]),
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        // libdeflate: the tar.gz bundle's gzip members, compressed in parallel (docs/bundles.md).
        .systemLibrary(name: "CDeflate", pkgConfig: "libdeflate", providers: [.apt(["libdeflate-dev"])]),
        // libxml2's HTML parser (web pages, WARC responses).
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .target(
            name: "Core",
            dependencies: ["CArchive", "CZlib", "CDeflate", "CLibXML2", .product(name: "Crypto", package: "swift-crypto")],
            resources: [.copy("Resources")]
        ),
        .target(
            name: "Exporters",
            dependencies: ["Core", "CArchive", "CZlib"],
            // world-110m.txt: Natural Earth country outlines for the SVG map (tools/build_world_outline.py).
            resources: [.copy("Resources")]
        ),
        .executableTarget(
            name: "newskit",
            dependencies: ["Core", "Exporters", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        // Trains and evaluates the NER tagger (docs/tagger.md); not needed at run time.
        .executableTarget(
            name: "TrainTagger",
            dependencies: ["Core", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .target(name: "TestSupport", dependencies: ["Core"], path: "Tests/TestSupport"),
        .testTarget(name: "CoreTests", dependencies: ["Core", "TestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "ExportersTests", dependencies: ["Exporters", "Core", "TestSupport"]),
        .testTarget(name: "newskitTests", dependencies: ["TestSupport"]),
    ]
)
