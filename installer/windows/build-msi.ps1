# Builds Kuzet's Windows installer (.msi) on a Windows x64 machine — the counterpart of installer/build.sh.
#
# Needs: a full JDK 17 (with its jmods folder; JAVA_HOME pointing at it) and WiX Toolset 3.x (candle.exe and
# light.exe on the PATH; the jpackage of JDK 17 knows WiX 3 only). Maven comes through the wrapper.
# Run from anywhere:   powershell -ExecutionPolicy Bypass -File installer\windows\build-msi.ps1
# Output:              target\installer\kuzet-VERSION.msi
#
# The .msi installs per machine into "C:\Program Files\kuzet" with a Start menu entry and a desktop shortcut
# (kuzet.exe opens the console) and kuzet-cli.exe, the same program with a console window for the commands
# (kuzet-cli db info). The upgrade code below is fixed forever: it lets a newer .msi replace an older one.
# It must never change, and no other product may use it.
[CmdletBinding()]
param(
    [switch] $SkipMaven
)
$ErrorActionPreference = 'Stop'
Set-StrictMode -Version 3

$UpgradeUuid = 'b1399207-0718-4349-bd0d-1b9c705607a0'
$Vendor = 'State Technical Service JSC'
$Description = 'Kuzet: analyst console of the National Cybersecurity Coordination Center'

$Installer = Split-Path -Parent $PSScriptRoot
$Project = Split-Path -Parent $Installer
$Target = Join-Path $Project 'target'
$Out = Join-Path $Target 'installer'

function Fail([string] $message) { Write-Error "build-msi: $message"; exit 1 }
function Lines([string] $file) {
    Get-Content -Encoding UTF8 $file | ForEach-Object { ($_ -replace '#.*$', '').Trim() } | Where-Object { $_ }
}
function Run([string] $exe, [string[]] $arguments) {
    & $exe @arguments
    if ($LASTEXITCODE -ne 0) { Fail "$exe failed (exit code $LASTEXITCODE)" }
}

# The JDK and WiX.
if (-not $env:JAVA_HOME) { Fail 'set JAVA_HOME to a full JDK 17 (with jmods)' }
$Jdk = $env:JAVA_HOME
foreach ($tool in 'java', 'jlink', 'jpackage') {
    if (-not (Test-Path (Join-Path $Jdk "bin\$tool.exe"))) { Fail "$Jdk\bin\$tool.exe not found" }
}
if (-not (Test-Path (Join-Path $Jdk 'jmods\java.base.jmod'))) { Fail "$Jdk\jmods is missing: install a full JDK" }
if (-not (Get-Command candle.exe -ErrorAction SilentlyContinue) -or -not (Get-Command light.exe -ErrorAction SilentlyContinue)) {
    Fail 'WiX Toolset 3.x is not on the PATH (candle.exe, light.exe): https://wixtoolset.org/docs/wix3/'
}

# The jars. On Windows the OpenJFX artifacts resolve to their 'win' classifier by themselves.
if (-not $SkipMaven) {
    Push-Location $Project
    try { Run (Join-Path $Project 'mvnw.cmd') @('-B', '-q', 'package', '-DskipTests') } finally { Pop-Location }
}
$FxJars = @(Get-ChildItem (Join-Path $Target 'lib') -Filter 'javafx-*-win.jar')
if ($FxJars.Count -eq 0) { Fail 'no JavaFX jars for Windows in target\lib (javafx-*-win.jar): run without -SkipMaven' }

# The version from the pom, without -SNAPSHOT (an MSI version is numbers only).
[xml] $Pom = Get-Content -Encoding UTF8 (Join-Path $Project 'pom.xml')
$AppVersion = $Pom.project.version -replace '-SNAPSHOT$', ''

# 1. The runtime: the JDK's jmods and JavaFX's modular jars; JavaFX's DLLs copied next to the JDK's.
$Runtime = Join-Path $Out 'runtime-win'
$FxModules = Join-Path $Out 'fx-modules-win'
Remove-Item -Recurse -Force $Runtime, $FxModules -ErrorAction SilentlyContinue
New-Item -ItemType Directory -Force $FxModules | Out-Null
$FxJars | Copy-Item -Destination $FxModules
$Modules = (Lines (Join-Path $Installer 'jlink-modules.txt')) -join ','
Write-Host "build-msi: linking the runtime ($Modules)"
Run (Join-Path $Jdk 'bin\jlink.exe') @(
    '--module-path', "$(Join-Path $Jdk 'jmods');$FxModules",
    '--add-modules', $Modules,
    '--include-locales', 'en,kk,ru',
    '--strip-debug', '--no-header-files', '--no-man-pages', '--compress=2',
    '--output', $Runtime)
Add-Type -AssemblyName System.IO.Compression.FileSystem
foreach ($jar in $FxJars) {
    $zip = [System.IO.Compression.ZipFile]::OpenRead($jar.FullName)
    try {
        foreach ($entry in $zip.Entries | Where-Object { $_.Name -like '*.dll' }) {
            [System.IO.Compression.ZipFileExtensions]::ExtractToFile($entry, (Join-Path $Runtime "bin\$($entry.Name)"), $true)
        }
    } finally { $zip.Dispose() }
}

# 2. The application's jars (JavaFX comes from the runtime), the icon, the launchers' options.
$AppInput = Join-Path $Out 'input-win'
Remove-Item -Recurse -Force $AppInput -ErrorAction SilentlyContinue
New-Item -ItemType Directory -Force (Join-Path $AppInput 'lib') | Out-Null
Copy-Item (Join-Path $Target 'kuzet.jar') $AppInput
Get-ChildItem (Join-Path $Target 'lib') -Filter '*.jar' | Where-Object { $_.Name -notlike 'javafx-*' } |
    Copy-Item -Destination (Join-Path $AppInput 'lib')
Run (Join-Path $Jdk 'bin\java.exe') @('-Djava.awt.headless=true', (Join-Path $Installer 'icon\KuzetIcon.java'), (Join-Path $Out 'icon'))

$JavaOptions = @()
foreach ($option in Lines (Join-Path $Installer 'java-options.txt')) { $JavaOptions += @('--java-options', $option) }
$CliLauncher = Join-Path $Out 'kuzet-cli.properties'
Set-Content -Encoding ASCII $CliLauncher @('win-console=true', 'main-class=kz.kuzet.Launcher')

# 3. The .msi.
Write-Host "build-msi: kuzet $AppVersion"
Get-ChildItem $Out -Filter 'kuzet-*.msi' -ErrorAction SilentlyContinue | Remove-Item -Force
Run (Join-Path $Jdk 'bin\jpackage.exe') (@(
    '--type', 'msi',
    '--name', 'kuzet',
    '--app-version', $AppVersion,
    '--vendor', $Vendor,
    '--description', $Description,
    '--copyright', $Vendor,
    '--icon', (Join-Path $Out 'icon\kuzet.ico'),
    '--input', $AppInput,
    '--main-jar', 'kuzet.jar',
    '--main-class', 'kz.kuzet.Launcher',
    '--runtime-image', $Runtime,
    '--add-launcher', "kuzet-cli=$CliLauncher",
    '--win-upgrade-uuid', $UpgradeUuid,
    '--win-menu', '--win-menu-group', 'Kuzet',
    '--win-shortcut',
    '--win-dir-chooser',
    '--dest', $Out) + $JavaOptions)
$Msi = Get-ChildItem $Out -Filter 'kuzet-*.msi' | Select-Object -First 1
Write-Host "build-msi: $($Msi.FullName) ($([math]::Round($Msi.Length / 1MB)) MB)"
