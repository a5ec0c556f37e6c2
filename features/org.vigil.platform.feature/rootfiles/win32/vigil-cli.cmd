@echo off
rem Vigil's headless command line over the same bundles as the workbench: vigil-cli help.
call "%~dp0lib\launch.cmd" -application org.vigil.cli.app -nosplash %*
exit /b %ERRORLEVEL%
