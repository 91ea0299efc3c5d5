; Inno Setup 6 script: the Windows installer of the fieldkit desktop app.
;
; Input:  dist\fieldkit\ from `pyinstaller build_installer.spec` (run on Windows first).
; Output: dist\installer\fieldkit-<version>-setup.exe
;
;   "%ProgramFiles(x86)%\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 packaging\windows\fieldkit.iss
;
; See docs/windows-build.md. The installer puts the program under Program Files for all users
; and never touches the officers' data (%LOCALAPPDATA%\DPMPTSP\fieldkit): installing a newer
; version over an older one keeps it, and the app migrates it at its next start after writing
; a backup copy. Uninstalling leaves the data too; unsynced work must never vanish with it.
; After copying the files it runs `fieldkit-cli.exe --self-test` and says so if a check fails.

#ifndef AppVersion
  #error Pass the version: ISCC /DAppVersion=0.1.0 packaging\windows\fieldkit.iss
#endif

#define AppName "fieldkit"
#define DistDir "..\..\dist\fieldkit"

[Setup]
; The AppId identifies the installation across versions: never change it.
AppId={{6F1C2B7E-4D7A-4B8E-9C3F-2A5D8E1B0F47}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=DPMPTSP
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist\installer
OutputBaseFilename=fieldkit-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\fieldkit.exe
; A running fieldkit is asked to close (it saves the form in progress) before files are replaced.
CloseApplications=yes
RestartApplications=no

[Languages]
; Inno Setup ships no official Indonesian messages; the installer is run by the office's IT
; person. The app itself speaks Indonesian.
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
; Files of an older version that the new one no longer has are removed with the old folder
; content below ([InstallDelete]), so stale libraries never mix with new ones.

[InstallDelete]
Type: filesandordirs; Name: "{app}\_internal"
Type: files; Name: "{app}\self-test-failed.txt"

[Icons]
Name: "{group}\fieldkit"; Filename: "{app}\fieldkit.exe"
Name: "{group}\fieldkit - periksa instalasi"; Filename: "{cmd}"; \
  Parameters: "/K ""{app}\fieldkit-cli.exe"" --self-test"; WorkingDir: "{app}"
Name: "{autodesktop}\fieldkit"; Filename: "{app}\fieldkit.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\fieldkit.exe"; Description: "{cm:LaunchProgram,fieldkit}"; \
  Flags: nowait postinstall skipifsilent

[Code]
// Run the installed program's self-test; a failure is shown (and logged) but does not undo
// the installation: the IT person reads which check failed in the report file.
procedure CurStepChanged(CurStep: TSetupStep);
var
  ResultCode: Integer;
  Report: String;
begin
  if CurStep = ssPostInstall then
  begin
    Report := ExpandConstant('{tmp}\fieldkit-self-test.txt');
    if not Exec(ExpandConstant('{cmd}'),
        '/C ""' + ExpandConstant('{app}\fieldkit-cli.exe') + '" --self-test > "' + Report + '" 2>&1"',
        ExpandConstant('{app}'), SW_HIDE, ewWaitUntilTerminated, ResultCode)
       or (ResultCode <> 0) then
    begin
      FileCopy(Report, ExpandConstant('{app}\self-test-failed.txt'), False);
      Log('fieldkit self-test failed with exit code ' + IntToStr(ResultCode));
      if not WizardSilent then
        MsgBox('fieldkit terpasang, tetapi uji mandiri GAGAL (kode ' + IntToStr(ResultCode) + ').' + #13#10 +
               'Laporannya: ' + ExpandConstant('{app}\self-test-failed.txt') + #13#10 +
               'Jalankan "fieldkit - periksa instalasi" dari menu Start setelah memperbaikinya.',
               mbError, MB_OK);
    end;
  end;
end;
