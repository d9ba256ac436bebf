; Inno Setup 6.3+ script for Benelux Case Desk (Windows 10/11, x64). The file is UTF-8 with a BOM.
;
; Build (from the project root, after `pyinstaller installer\casedesk.spec` made dist\casedesk\):
;     iscc /DAppVersion=0.1.0 installer\windows\casedesk.iss
; AppVersion is pyproject.toml's [project] version, the only version number of the project;
; installer/README.md shows how to print it. Without /DAppVersion the script reads it from
; pyproject.toml itself (`version = "..."` in [project], read as an INI value, whose quotes
; Windows drops), so both ways give the same number. Output: dist\BeneluxCaseDesk-<version>-setup.exe.
;
; What it installs: the PyInstaller one-folder output (casedesk.exe, the console CLI, and
; casedesk-gui.exe, the windowed GUI, with their libraries), a Start-menu entry, optionally a
; desktop icon, and the file associations below. Per-machine (admin) or per-user (no admin):
; the user chooses in the first dialog; {autopf}, {autoprograms} and HKA follow that choice.
;
; Uninstalling removes the program folder and the registry keys and values this script made
; (uninsdeletekey / uninsdeletevalue), nothing else. It NEVER deletes case files (*.casedesk
; folders, wherever the user keeps them), request packages, the settings in the user's profile,
; the remembered-passphrase entries in Windows Credential Manager, or any other user data: there
; is deliberately no [UninstallDelete] section and no code that deletes files.

#define AppName "Benelux Case Desk"
#define AppPublisher "Benelux Case Desk developers"
#define AppExeName "casedesk-gui.exe"
#define PackageProgId "BeneluxCaseDesk.Package"
#define EncryptedProgId "BeneluxCaseDesk.EncryptedPackage"
#define CaseFileVerb "BeneluxCaseDesk.Open"
#define DistDir "..\..\dist\casedesk"

#ifndef AppVersion
  #define AppVersion ReadIni(AddBackslash(SourcePath) + "..\..\pyproject.toml", "project", "version", "")
#endif
#if AppVersion == ""
  #error AppVersion is not set: pass /DAppVersion=<pyproject version> to iscc
#endif

[Setup]
; The AppId identifies the installation for upgrades and uninstall: never change it.
AppId={{C77A06B2-97A9-454B-A7F6-DBDF6BE72E2D}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
VersionInfoProductName={#AppName}
VersionInfoProductTextVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
ChangesAssociations=yes
SetupIconFile=casedesk.ico
UninstallDisplayIcon={app}\{#AppExeName}
UninstallDisplayName={#AppName}
OutputDir=..\..\dist
OutputBaseFilename=BeneluxCaseDesk-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "nl"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "de"; MessagesFile: "compiler:Languages\German.isl"

[CustomMessages]
en.OpenWithCaseDesk=Open with Benelux Case Desk
fr.OpenWithCaseDesk=Ouvrir avec Benelux Case Desk
nl.OpenWithCaseDesk=Openen met Benelux Case Desk
de.OpenWithCaseDesk=Mit Benelux Case Desk öffnen
en.PackageType=Signed request package
fr.PackageType=Paquet de demande signé
nl.PackageType=Ondertekend pakket met verzoeken
de.PackageType=Signiertes Ersuchenspaket
en.EncryptedPackageType=Encrypted request package
fr.EncryptedPackageType=Paquet de demande chiffré
nl.EncryptedPackageType=Versleuteld pakket met verzoeken
de.EncryptedPackageType=Verschlüsseltes Ersuchenspaket

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "casedesk-package.ico"; DestDir: "{app}\icons"; Flags: ignoreversion
Source: "casedesk-encrypted-package.ico"; DestDir: "{app}\icons"; Flags: ignoreversion

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExeName}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExeName}"; Tasks: desktopicon

[Registry]
; --- .asice: signed request packages (ASiC-E). Opening one runs `casedesk-gui.exe "<path>"`.
; The program is always offered under "Open with"; it becomes the default only when no other
; program (a national signature tool, for example) owns .asice already, so installing or
; uninstalling Case Desk never takes the extension away from another program.
Root: HKA; Subkey: "Software\Classes\.asice\OpenWithProgids"; ValueType: string; ValueName: "{#PackageProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.asice"; ValueType: string; ValueName: ""; ValueData: "{#PackageProgId}"; Flags: uninsdeletevalue; Check: ExtensionIsFree('.asice')
Root: HKA; Subkey: "Software\Classes\{#PackageProgId}"; ValueType: string; ValueName: ""; ValueData: "{cm:PackageType}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#PackageProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\icons\casedesk-package.ico,0"
Root: HKA; Subkey: "Software\Classes\{#PackageProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExeName}"" ""%1"""

; --- .asice.p7m: the same package encrypted (CMS EnvelopedData). Windows associates by the last
; extension only, and .p7m belongs to the signature tools people already use: Case Desk is only
; added to .p7m's "Open with" list, never made its default.
Root: HKA; Subkey: "Software\Classes\.p7m\OpenWithProgids"; ValueType: string; ValueName: "{#EncryptedProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#EncryptedProgId}"; ValueType: string; ValueName: ""; ValueData: "{cm:EncryptedPackageType}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#EncryptedProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\icons\casedesk-encrypted-package.ico,0"
Root: HKA; Subkey: "Software\Classes\{#EncryptedProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExeName}"" ""%1"""

; --- .casedesk: a case file is a FOLDER, and a folder cannot have a file-type association on
; Windows. Instead, folders get an "Open with Benelux Case Desk" verb in Explorer's context menu,
; shown only on folders whose name ends in .casedesk (AppliesTo is an Advanced Query Syntax filter).
Root: HKA; Subkey: "Software\Classes\Directory\shell\{#CaseFileVerb}"; ValueType: string; ValueName: ""; ValueData: "{cm:OpenWithCaseDesk}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Directory\shell\{#CaseFileVerb}"; ValueType: string; ValueName: "AppliesTo"; ValueData: "System.FileName:""*.casedesk"""
Root: HKA; Subkey: "Software\Classes\Directory\shell\{#CaseFileVerb}"; ValueType: string; ValueName: "Icon"; ValueData: """{app}\{#AppExeName}"",0"
Root: HKA; Subkey: "Software\Classes\Directory\shell\{#CaseFileVerb}\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExeName}"" ""%1"""

; --- The program itself, for "Open with" lists and Explorer's program picker.
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExeName}"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "{#AppName}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExeName}\SupportedTypes"; ValueType: string; ValueName: ".asice"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExeName}\SupportedTypes"; ValueType: string; ValueName: ".p7m"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExeName}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExeName}"" ""%1"""

[Run]
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchProgram,{#StringChange(AppName, '&', '&&')}}"; Flags: nowait postinstall skipifsilent

[Code]
{ True when no program, or this one, is the default for Ext (HKCR merges the machine and the user view). }
function ExtensionIsFree(Ext: String): Boolean;
var
  Current: String;
begin
  if RegQueryStringValue(HKEY_CLASSES_ROOT, Ext, '', Current) then
    Result := (Current = '') or (Current = '{#PackageProgId}')
  else
    Result := True;
end;
