; Inno Setup script of Clinic Intake for Windows: per-user install (no administrator rights), Start-menu
; shortcut, uninstaller. NOT RUN in this project's environment (Linux only): the CI workflow
; packaging/ci/build-installers.yml runs it on a Windows runner. Paths and names match the Linux build:
; PyInstaller's one-folder output build\packaging\pyinstaller\clinic-app\ (clinic-app.exe for the GUI,
; clinic-app-cli.exe for the command line, _internal\), installers in dist\.
;
;   iscc /DAppVersion=0.1.0 packaging\inno\clinic-app.iss
;
; The version comes from clinic_app\_version.py (the CI job reads it and passes /DAppVersion).
; Case data is NOT in the install folder (it lives in %LOCALAPPDATA%\ClinicIntake, see clinic_app\paths.py),
; so uninstalling never deletes cases.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z packaging\inno\clinic-app.iss
#endif
#ifndef SourceDir
  #define SourceDir "..\..\build\packaging\pyinstaller\clinic-app"
#endif

[Setup]
AppId={{6F1B7C52-3E0A-4C7B-9B1D-2A8E5C4D9F10}
AppName=Clinic Intake
AppVersion={#AppVersion}
AppVerName=Clinic Intake {#AppVersion}
AppPublisher=Clinic Intake developers
DefaultDirName={autopf}\Clinic Intake
DefaultGroupName=Clinic Intake
DisableProgramGroupPage=yes
; Per-user: installs under %LOCALAPPDATA%\Programs, no UAC prompt, works on a locked-down laptop.
PrivilegesRequired=lowest
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=clinic-app-{#AppVersion}-windows-x64-setup
SetupIconFile=..\..\resources\icons\clinic-app.ico
UninstallDisplayIcon={app}\clinic-app.exe
UninstallDisplayName=Clinic Intake {#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Clinic Intake"; Filename: "{app}\clinic-app.exe"; WorkingDir: "{userdocs}"
Name: "{autodesktop}\Clinic Intake"; Filename: "{app}\clinic-app.exe"; WorkingDir: "{userdocs}"; Tasks: desktopicon

[Run]
Filename: "{app}\clinic-app.exe"; Description: "{cm:LaunchProgram,Clinic Intake}"; Flags: nowait postinstall skipifsilent
