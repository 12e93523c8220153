; Inno Setup script: EduQA Desktop's Windows installer, made from the one-folder build.
;
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 packaging\eduqa.iss
;
; run from the checkout after PyInstaller made dist\EduQA\ (packaging\README.md, step by
; step). It writes dist\installer\EduQA-Desktop-<version>-setup.exe.
;
; - Per user, no administrator: the programs go to %LOCALAPPDATA%\Programs\EduQA Desktop,
;   the shortcuts to the user's Start menu and desktop. (An administrator may still choose
;   "for all users" in the dialog Inno Setup shows; nothing else changes.)
; - The user's data stays: the database, backups, preferences and the log live in
;   %LOCALAPPDATA%\EduQA (platformdirs), a folder this installer neither writes nor lists,
;   so the uninstaller removes the programs and leaves every school's data where it was.
;   Never add that folder to [UninstallDelete].
; - Nothing is downloaded, at install time or at run time.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "EduQA Desktop"
#define Build "..\dist\EduQA"

[Setup]
; The AppId ties upgrades and the uninstaller together: never change it.
AppId={{6F0C7E2A-3B8D-4C55-9A61-2E7D4B1F8C03}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=EduQA
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\dist\installer
OutputBaseFilename=EduQA-Desktop-{#AppVersion}-setup
SetupIconFile=eduqa.ico
UninstallDisplayIcon={app}\EduQA.exe
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Close a running EduQA before files are replaced (the single-instance lock is released).
CloseApplications=yes
MinVersion=10.0

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "{#Build}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\EduQA.exe"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\EduQA.exe"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\EduQA.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what the programs themselves may leave in their own folder (Python's caches).
Type: filesandordirs; Name: "{app}\_internal\__pycache__"
