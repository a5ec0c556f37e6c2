@echo off
rem Starts the Vigil workbench. Workspace: %VIGIL_WORKSPACE%, default %USERPROFILE%\.vigil\workspace.
call "%~dp0lib\launch.cmd" %*
exit /b %ERRORLEVEL%
