# Deploys a MinGW build of both programs without windeployqt (Qt 6.4 has none for a Linux host, so a
# cross build uses this): run by `cmake --install` from installer/packaging.cmake with
#   RD_BIN          the installed bin folder (the .exe files are already there)
#   RD_EXES         the installed programs
#   RD_DLL_DIRS     where to look for the DLLs the programs import: Qt's bin, OpenSSL's bin, the
#                   MinGW runtime folders
#   RD_QT_PLUGINS   Qt's plugin folder
#   RD_QT_QM_DIR    where Qt's own qtbase_<lang>.qm catalogues are
#   RD_OBJDUMP      x86_64-w64-mingw32-objdump
# Copies every non-system DLL the programs and the plugins import (transitively, walked with objdump
# as the Windows loader would), the plugins loaded at run time, Qt's catalogues, and writes qt.conf.
cmake_minimum_required(VERSION 3.21)

# The plugins both programs load at run time (never linked, so no import names them): the platform
# (a real window and offscreen for headless runs), the native style, the SVG icons and images, the
# TLS backends (OpenSSL first, Schannel as the system's).
set(plugins platforms/qwindows platforms/qoffscreen platforms/qminimal styles/qwindowsvistastyle
    imageformats/qsvg imageformats/qico iconengines/qsvgicon
    tls/qopensslbackend tls/qschannelbackend tls/qcertonlybackend)

set(queue ${RD_EXES})
foreach(plugin IN LISTS plugins)
  get_filename_component(sub "${plugin}" DIRECTORY)
  file(INSTALL "${RD_QT_PLUGINS}/${plugin}.dll" DESTINATION "${RD_BIN}/${sub}")
  list(APPEND queue "${RD_BIN}/${plugin}.dll")
endforeach()

# Copies the DLL called `dll` from the first of RD_DLL_DIRS that has it and queues it for its own
# imports; a name found in none of them is Windows' own (kernel32.dll, ws2_32.dll, ...).
set(seen)
macro(rd_deploy_dll dll)
  string(TOLOWER "${dll}" key)
  if(NOT key IN_LIST seen)
    list(APPEND seen "${key}")
    foreach(dir IN LISTS RD_DLL_DIRS)
      if(EXISTS "${dir}/${dll}")
        file(INSTALL "${dir}/${dll}" DESTINATION "${RD_BIN}")
        list(APPEND queue "${RD_BIN}/${dll}")
        break()
      endif()
    endforeach()
  endif()
endmacro()

# The OpenSSL backend loads libssl and libcrypto by name at run time, whether or not a program
# imports them.
rd_deploy_dll(libssl-3-x64.dll)
rd_deploy_dll(libcrypto-3-x64.dll)
while(queue)
  list(POP_FRONT queue file)
  execute_process(COMMAND "${RD_OBJDUMP}" -p "${file}" OUTPUT_VARIABLE dump RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${RD_OBJDUMP} -p ${file} failed")
  endif()
  string(REGEX MATCHALL "DLL Name: [^\n]+" imports "${dump}")
  foreach(line IN LISTS imports)
    string(REGEX REPLACE "^DLL Name: *" "" dll "${line}")
    string(STRIP "${dll}" dll)
    rd_deploy_dll("${dll}")
  endforeach()
endwhile()
foreach(dll libssl-3-x64.dll libcrypto-3-x64.dll libstdc++-6.dll libgcc_s_seh-1.dll libwinpthread-1.dll Qt6Core.dll)
  if(NOT EXISTS "${RD_BIN}/${dll}")
    message(FATAL_ERROR "${dll} was not found in ${RD_DLL_DIRS}")
  endif()
endforeach()

file(GLOB qm "${RD_QT_QM_DIR}/qtbase_*.qm")
if(NOT qm)
  message(FATAL_ERROR "No qtbase_*.qm in ${RD_QT_QM_DIR}")
endif()
file(INSTALL ${qm} DESTINATION "${RD_BIN}/translations")
file(WRITE "${RD_BIN}/qt.conf" "[Paths]\nPrefix = .\nPlugins = .\nTranslations = translations\n")
