# Installers for both programs, through CPack. Included at the end of the top-level CMakeLists.txt,
# after every target exists. The version comes only from project(VERSION).
#
#   Linux   cpack --config <build>/CPackConfig.cmake -G DEB        (scripts/package.sh builds and checks it)
#   Windows cpack --config <build>/CPackConfig.cmake -G WIX -C Release
#   macOS   cpack --config <build>/CPackConfig.cmake -G DragNDrop
#
# installer/README.md has the exact commands for each platform.

include(GNUInstallDirs)

set(RD_APP_ID "io.github.registrydoctor.RegistryDoctor")   # AppStream id; reverse-DNS, never changes
set(RD_INSTALLER_DIR "${CMAKE_CURRENT_LIST_DIR}")
set(RD_GUI_TARGET_BUILT OFF)
if(TARGET registry-doctor)
  set(RD_GUI_TARGET_BUILT ON)
endif()

# ---------------------------------------------------------------------------------------------
# Linux: desktop entry, AppStream metadata, icon (freedesktop locations under the prefix).
# ---------------------------------------------------------------------------------------------
if(UNIX AND NOT APPLE AND RD_GUI_TARGET_BUILT)
  install(FILES "${RD_INSTALLER_DIR}/linux/registry-doctor.desktop"
          DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
  # The release date honours SOURCE_DATE_EPOCH, so a rebuild of the same sources is identical.
  string(TIMESTAMP RD_RELEASE_DATE "%Y-%m-%d" UTC)
  configure_file("${RD_INSTALLER_DIR}/linux/${RD_APP_ID}.metainfo.xml"
                 "${CMAKE_BINARY_DIR}/installer/${RD_APP_ID}.metainfo.xml" @ONLY)
  install(FILES "${CMAKE_BINARY_DIR}/installer/${RD_APP_ID}.metainfo.xml"
          DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
  install(FILES "${PROJECT_SOURCE_DIR}/resources/icons/registry-doctor.svg"
          DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps")
endif()

# ---------------------------------------------------------------------------------------------
# Linux: what Debian's policy asks of a package (lintian checks it in scripts/package.sh): the
# copyright file with the licence, the changelog and a manual page per program, compressed with
# gzip -9n (no name or time stamp, so a rebuild is identical).
# ---------------------------------------------------------------------------------------------
if(UNIX AND NOT APPLE)
  file(STRINGS "${RD_INSTALLER_DIR}/linux/changelog" _rd_changelog_top LIMIT_COUNT 1)
  if(NOT _rd_changelog_top MATCHES "^registry-doctor \\(${PROJECT_VERSION}\\) ")
    message(FATAL_ERROR "installer/linux/changelog does not start with version ${PROJECT_VERSION}: add an entry")
  endif()
  set(_rd_doc_dir "${CMAKE_INSTALL_DATADIR}/doc/registry-doctor")
  set(_rd_gz_sources "${RD_INSTALLER_DIR}/linux/changelog" "${RD_INSTALLER_DIR}/linux/registry-doctor-cli.1")
  if(RD_GUI_TARGET_BUILT)
    list(APPEND _rd_gz_sources "${RD_INSTALLER_DIR}/linux/registry-doctor.1")
  endif()
  set(_rd_gz_outputs)
  foreach(_rd_src IN LISTS _rd_gz_sources)
    get_filename_component(_rd_name "${_rd_src}" NAME)
    set(_rd_out "${CMAKE_BINARY_DIR}/installer/${_rd_name}")
    add_custom_command(OUTPUT "${_rd_out}.gz"
      COMMAND "${CMAKE_COMMAND}" -E copy "${_rd_src}" "${_rd_out}"
      COMMAND gzip -9nf "${_rd_out}"
      DEPENDS "${_rd_src}" VERBATIM)
    list(APPEND _rd_gz_outputs "${_rd_out}.gz")
    if(_rd_name MATCHES "\\.1$")
      install(FILES "${_rd_out}.gz" DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")
    else()
      install(FILES "${_rd_out}.gz" DESTINATION "${_rd_doc_dir}")
    endif()
  endforeach()
  add_custom_target(rd_compressed_docs ALL DEPENDS ${_rd_gz_outputs})
  install(FILES "${RD_INSTALLER_DIR}/linux/copyright" DESTINATION "${_rd_doc_dir}")
endif()

# ---------------------------------------------------------------------------------------------
# Qt's own install layout (from Qt6Core's config), for the deployment steps below.
set(_rd_qt_bin "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}")
set(_rd_qt_plugins "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_PLUGINS}")
set(_rd_qt_translations "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_TRANSLATIONS}")

# ---------------------------------------------------------------------------------------------
# Windows: windeployqt copies the Qt DLLs, plugins and Qt's translations beside the installed .exe
# files. Qt 6.4 has no qt_generate_deploy_script (6.5+), so it runs from install(CODE) and so
# also when CPack stages the MSI. The TLS backend and the SVG image plugin are loaded at run time,
# never linked, so they are checked afterwards and copied from Qt's plugin folder if missing.
# rd::installTranslations() loads qtbase_<lang>.qm from QLibraryInfo::TranslationsPath: qt.conf
# makes that bin/translations, and the qtbase catalogues are copied there (windeployqt writes
# merged qt_<lang>.qm files only).
# ---------------------------------------------------------------------------------------------
if(WIN32)
  find_program(RD_WINDEPLOYQT windeployqt HINTS "${_rd_qt_bin}")
endif()
if(WIN32 AND NOT RD_WINDEPLOYQT)
  # No windeployqt: a cross build from Linux (Qt 6.4 ships none for a Linux host). The DLLs the
  # programs import are walked with objdump and copied from Qt, OpenSSL and the MinGW runtime.
  if(NOT MINGW)
    message(FATAL_ERROR "windeployqt not found in ${_rd_qt_bin}")
  endif()
  get_filename_component(_rd_ssl_root "${OPENSSL_INCLUDE_DIR}" DIRECTORY)
  # The MinGW runtime (libstdc++-6.dll, libgcc_s_seh-1.dll, libwinpthread-1.dll): next to the
  # compiler's libstdc++ and in the target's lib folder on Debian, in the compiler's bin natively.
  execute_process(COMMAND "${CMAKE_CXX_COMPILER}" -print-file-name=libstdc++-6.dll
                  OUTPUT_VARIABLE _rd_libstdcxx OUTPUT_STRIP_TRAILING_WHITESPACE)
  get_filename_component(_rd_gcc_dir "${_rd_libstdcxx}" DIRECTORY)
  get_filename_component(_rd_cxx_dir "${CMAKE_CXX_COMPILER}" DIRECTORY)
  set(_rd_dll_dirs "${_rd_qt_bin}" "${_rd_ssl_root}/bin" "${_rd_gcc_dir}" "${_rd_cxx_dir}")
  foreach(_rd_root IN LISTS CMAKE_FIND_ROOT_PATH)
    list(APPEND _rd_dll_dirs "${_rd_root}/lib" "${_rd_root}/bin")
  endforeach()
  # Qt's own catalogues: a cross Qt has none of its own; the host Qt (the same version) has them.
  set(_rd_qm_dir "${_rd_qt_translations}")
  if(NOT EXISTS "${_rd_qm_dir}/qtbase_de.qm" AND QT_HOST_PATH)
    set(_rd_qm_dir "${QT_HOST_PATH}/share/qt6/translations")
  endif()
  set(_rd_exes "\${RD_BIN}/registry-doctor-cli.exe")
  if(RD_GUI_TARGET_BUILT)
    list(APPEND _rd_exes "\${RD_BIN}/registry-doctor.exe")
  endif()
  install(CODE "
    set(RD_BIN \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}\")
    set(RD_EXES \"${_rd_exes}\")
    set(RD_DLL_DIRS \"${_rd_dll_dirs}\")
    set(RD_QT_PLUGINS \"${_rd_qt_plugins}\")
    set(RD_QT_QM_DIR \"${_rd_qm_dir}\")
    set(RD_OBJDUMP \"${CMAKE_OBJDUMP}\")
    include(\"${RD_INSTALLER_DIR}/windows/deploy-mingw.cmake\")
  ")
elseif(WIN32)
  set(_rd_exes "\${_rd_bin}/registry-doctor-cli.exe")
  if(RD_GUI_TARGET_BUILT)
    list(APPEND _rd_exes "\${_rd_bin}/registry-doctor.exe")
  endif()
  string(REPLACE ";" "\" \"" _rd_exes_quoted "${_rd_exes}")
  install(CODE "
    set(_rd_bin \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}\")
    if(\"\${CMAKE_INSTALL_CONFIG_NAME}\" MATCHES \"^Debug\$\")
      set(_rd_mode --debug)
    else()
      set(_rd_mode --release)
    endif()
    execute_process(
      COMMAND \"${RD_WINDEPLOYQT}\" \${_rd_mode} --verbose 1 --no-compiler-runtime
              --no-opengl-sw --no-system-d3d-compiler --dir \"\${_rd_bin}\"
              \"${_rd_exes_quoted}\"
      RESULT_VARIABLE _rd_rc)
    if(NOT _rd_rc EQUAL 0)
      message(FATAL_ERROR \"windeployqt failed (\${_rd_rc})\")
    endif()
    foreach(_rd_plugin tls/qopensslbackend imageformats/qsvg)
      if(NOT EXISTS \"\${_rd_bin}/\${_rd_plugin}.dll\")
        get_filename_component(_rd_sub \"\${_rd_plugin}\" DIRECTORY)
        file(INSTALL \"${_rd_qt_plugins}/\${_rd_plugin}.dll\" DESTINATION \"\${_rd_bin}/\${_rd_sub}\")
      endif()
    endforeach()
    if(NOT EXISTS \"\${_rd_bin}/Qt6Svg.dll\")
      file(INSTALL \"${_rd_qt_bin}/Qt6Svg.dll\" DESTINATION \"\${_rd_bin}\")
    endif()
    file(GLOB _rd_qm \"${_rd_qt_translations}/qtbase_*.qm\")
    file(INSTALL \${_rd_qm} DESTINATION \"\${_rd_bin}/translations\")
    file(WRITE \"\${_rd_bin}/qt.conf\" \"[Paths]\\nPrefix = .\\nPlugins = .\\nTranslations = translations\\n\")
  ")
endif()
if(WIN32)
  # The icon and the version resource of both programs.
  enable_language(RC)
  configure_file("${RD_INSTALLER_DIR}/windows/registry-doctor.rc.in"
                 "${CMAKE_BINARY_DIR}/installer/registry-doctor.rc" @ONLY)
  foreach(_rd_target registry-doctor-cli registry-doctor)
    if(TARGET ${_rd_target})
      target_sources(${_rd_target} PRIVATE "${CMAKE_BINARY_DIR}/installer/registry-doctor.rc")
    endif()
  endforeach()
  # OpenSSL: rdcore links it and Qt's TLS backend loads it at run time; windeployqt (6.4) does not
  # copy it. The DLLs sit in bin/ next to include/ in both the Qt Maintenance Tool's OpenSSL 3 and
  # the Win64 OpenSSL installer.
  get_filename_component(_rd_ssl_root "${OPENSSL_INCLUDE_DIR}" DIRECTORY)
  file(GLOB _rd_ssl_dlls "${_rd_ssl_root}/bin/libssl-3*.dll" "${_rd_ssl_root}/bin/libcrypto-3*.dll")
  if(_rd_ssl_dlls)
    install(FILES ${_rd_ssl_dlls} DESTINATION "${CMAKE_INSTALL_BINDIR}")
  else()
    message(WARNING "No libssl-3*.dll / libcrypto-3*.dll in ${_rd_ssl_root}/bin: the installer will "
                    "not work on a machine without OpenSSL 3. Set OPENSSL_ROOT_DIR.")
  endif()
  # The MSVC runtime DLLs, through CMake's own module.
  set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION "${CMAKE_INSTALL_BINDIR}")
  include(InstallRequiredSystemLibraries)
endif()

# ---------------------------------------------------------------------------------------------
# macOS: one app bundle. The command line program is installed inside it (src/cli) so that
# macdeployqt points both at the frameworks it copies into the bundle. macdeployqt writes
# Contents/Resources/qt.conf (prefix Contents); the qtbase catalogues go to
# Contents/Resources/translations and qt.conf says so.
# ---------------------------------------------------------------------------------------------
if(APPLE AND RD_GUI_TARGET_BUILT)
  set_target_properties(registry-doctor PROPERTIES
    MACOSX_BUNDLE_INFO_PLIST "${RD_INSTALLER_DIR}/macos/Info.plist.in"
    MACOSX_BUNDLE_BUNDLE_NAME "Registry Doctor"
    MACOSX_BUNDLE_GUI_IDENTIFIER "${RD_APP_ID}"
    MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}"
    MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}"
    MACOSX_BUNDLE_LONG_VERSION_STRING "${PROJECT_VERSION}"
    MACOSX_BUNDLE_ICON_FILE "registry-doctor.icns"
    MACOSX_BUNDLE_COPYRIGHT "Copyright (c) 2026 The Registry Doctor authors. MIT License.")
  set(_rd_icns "${RD_INSTALLER_DIR}/macos/registry-doctor.icns")
  set_source_files_properties("${_rd_icns}" TARGET_DIRECTORY registry-doctor
                              PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
  target_sources(registry-doctor PRIVATE "${_rd_icns}")

  find_program(RD_MACDEPLOYQT macdeployqt HINTS "${_rd_qt_bin}" REQUIRED)
  install(CODE "
    set(_rd_app \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/registry-doctor.app\")
    execute_process(
      COMMAND \"${RD_MACDEPLOYQT}\" \"\${_rd_app}\" -verbose=1 -always-overwrite
              \"-executable=\${_rd_app}/Contents/MacOS/registry-doctor-cli\"
      RESULT_VARIABLE _rd_rc)
    if(NOT _rd_rc EQUAL 0)
      message(FATAL_ERROR \"macdeployqt failed (\${_rd_rc})\")
    endif()
    foreach(_rd_plugin tls/libqopensslbackend.dylib imageformats/libqsvg.dylib)
      if(NOT EXISTS \"\${_rd_app}/Contents/PlugIns/\${_rd_plugin}\")
        message(FATAL_ERROR \"macdeployqt did not deploy PlugIns/\${_rd_plugin}\")
      endif()
    endforeach()
    file(GLOB _rd_qm \"${_rd_qt_translations}/qtbase_*.qm\")
    file(INSTALL \${_rd_qm} DESTINATION \"\${_rd_app}/Contents/Resources/translations\")
    file(APPEND \"\${_rd_app}/Contents/Resources/qt.conf\" \"Translations = Resources/translations\\n\")
  ")
endif()

# ---------------------------------------------------------------------------------------------
# CPack: common settings, then one block per generator.
# ---------------------------------------------------------------------------------------------
set(CPACK_PACKAGE_NAME "registry-doctor")
set(CPACK_PACKAGE_VENDOR "The Registry Doctor authors")
set(CPACK_PACKAGE_CONTACT "The Registry Doctor authors <registry-doctor@example.invalid>")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Registry Doctor")
# WiX accepts a license only as .rtf or .txt.
configure_file("${PROJECT_SOURCE_DIR}/LICENSE" "${CMAKE_BINARY_DIR}/installer/LICENSE.txt" COPYONLY)
set(CPACK_RESOURCE_FILE_LICENSE "${CMAKE_BINARY_DIR}/installer/LICENSE.txt")
set(CPACK_STRIP_FILES ON)
# Packages land in the build directory, whichever directory cpack runs from.
set(CPACK_PACKAGE_DIRECTORY "${CMAKE_BINARY_DIR}")
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "/build[^/]*/")

# Start-menu shortcut (WiX/NSIS) and desktop shortcut for the wizard only.
if(RD_GUI_TARGET_BUILT)
  set(CPACK_PACKAGE_EXECUTABLES "registry-doctor" "Registry Doctor")
  set(CPACK_CREATE_DESKTOP_LINKS "registry-doctor")
endif()

# --- DEB ---------------------------------------------------------------------------------------
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "devel")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
# The first line of the Debian description is CPACK_PACKAGE_DESCRIPTION_SUMMARY; this is the rest.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "Registry Doctor checks, step by step, why a login to a container registry
(Azure Container Registry first, any OCI registry too) fails: the name, name
resolution, the network path, TLS, the credentials, Docker's credential helpers
and the Azure CLI, and says which command fixes each finding. It ships a
desktop wizard (registry-doctor) and a command line program
(registry-doctor-cli).")
# Linked libraries (Qt, OpenSSL, libc) are found by dpkg-shlibdeps. The SVG image plugin is loaded at
# run time (icons), so it is a dependency by hand; Qt's own translations are only nice to have.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")

# --- WIX ---------------------------------------------------------------------------------------
# Fixed for ever: UpgradeCode lets a newer MSI replace an older one. The product GUID is fixed
# per version (derived from it), so installing the same version twice is refused, not duplicated.
set(CPACK_WIX_UPGRADE_GUID "6E4F2C1A-8B3D-4A57-9C2E-7D1B5F0A3E91")
string(UUID _rd_product_guid NAMESPACE "6E4F2C1A-8B3D-4A57-9C2E-7D1B5F0A3E91"
       NAME "registry-doctor-${PROJECT_VERSION}" TYPE SHA1 UPPER)
set(CPACK_WIX_PRODUCT_GUID "${_rd_product_guid}")
set(CPACK_WIX_PRODUCT_ICON "${RD_INSTALLER_DIR}/windows/registry-doctor.ico")
set(CPACK_WIX_PROGRAM_MENU_FOLDER "Registry Doctor")
set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_WIX_ROOT_FEATURE_TITLE "Registry Doctor")

# --- DragNDrop (DMG) ---------------------------------------------------------------------------
set(CPACK_DMG_VOLUME_NAME "Registry Doctor ${PROJECT_VERSION}")
set(CPACK_DMG_FORMAT "UDZO")
if(APPLE)
  set(CPACK_PACKAGE_ICON "${RD_INSTALLER_DIR}/macos/registry-doctor.icns")
endif()

if(NOT CPACK_GENERATOR)
  if(WIN32)
    set(CPACK_GENERATOR "WIX")
  elseif(APPLE)
    set(CPACK_GENERATOR "DragNDrop")
  else()
    set(CPACK_GENERATOR "DEB")
  endif()
endif()

include(CPack)
