@echo off
rem Shared by vigil.cmd and vigil-cli.cmd: finds Java 21+ and runs the Equinox launcher.
rem The product ships no native launcher, so the JVM options live here.
setlocal EnableDelayedExpansion
set "VIGIL_HOME=%~dp0.."
set "JAVA_EXE="
if defined VIGIL_JAVA set "JAVA_EXE=%VIGIL_JAVA%"
if not defined JAVA_EXE if defined JAVA_HOME set "JAVA_EXE=%JAVA_HOME%\bin\java.exe"
if not defined JAVA_EXE for %%J in (java.exe) do set "JAVA_EXE=%%~$PATH:J"
if not defined JAVA_EXE (
  echo vigil: Java 21 or newer is required; none found in VIGIL_JAVA, JAVA_HOME or PATH 1>&2
  exit /b 1
)
set "JAVA_MAJOR="
for /f "tokens=3" %%V in ('"%JAVA_EXE%" -version 2^>^&1 ^| findstr /i "version"') do set "JAVA_VERSION=%%~V"
for /f "delims=." %%M in ("!JAVA_VERSION!") do set "JAVA_MAJOR=%%M"
if not defined JAVA_MAJOR set "JAVA_MAJOR=0"
if !JAVA_MAJOR! LSS 21 (
  echo vigil: Java 21 or newer is required; "%JAVA_EXE%" is version !JAVA_VERSION! 1>&2
  exit /b 1
)
set "LAUNCHER="
for %%L in ("%VIGIL_HOME%\plugins\org.eclipse.equinox.launcher_*.jar") do set "LAUNCHER=%%~fL"
if not defined LAUNCHER (
  echo vigil: the Equinox launcher jar is missing from %VIGIL_HOME%\plugins; reinstall Vigil 1>&2
  exit /b 1
)
if not defined VIGIL_WORKSPACE set "VIGIL_WORKSPACE=%USERPROFILE%\.vigil\workspace"
if not defined VIGIL_KEYRING set "VIGIL_KEYRING=%USERPROFILE%\.vigil\secure_storage"
set "ECLIPSE_KEYRING=%VIGIL_KEYRING%"
"%JAVA_EXE%" -Xms128m -Xmx2g --enable-native-access=ALL-UNNAMED -Dosgi.requiredJavaVersion=21 "-Djava.util.logging.config.file=%VIGIL_HOME%\lib\logging.properties" %VIGIL_JAVA_OPTS% -jar "%LAUNCHER%" -data "%VIGIL_WORKSPACE%" %*
exit /b %ERRORLEVEL%
