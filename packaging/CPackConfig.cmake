# Packaging: included from the top-level CMakeLists.txt after every target and install() rule
# exists. Linux builds a .deb and a .tar.gz; Windows (NSIS, WiX, ZIP) and macOS (DragNDrop)
# settings are prepared below for when those platforms are built.
#
#   cmake --preset release && cmake --build build/release
#   cd build/release && cpack                 # every generator for this platform
#   cpack -G DEB                              # one generator
#   cpack --config CPackSourceConfig.cmake    # source tarball

include(GNUInstallDirs)

set(CPACK_PACKAGE_NAME "lifeos")
set(CPACK_PACKAGE_VENDOR "LifeOS contributors")
set(CPACK_PACKAGE_CONTACT "LifeOS maintainers <maintainers@lifeos.example>")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_VERSION_MAJOR "${PROJECT_VERSION_MAJOR}")
set(CPACK_PACKAGE_VERSION_MINOR "${PROJECT_VERSION_MINOR}")
set(CPACK_PACKAGE_VERSION_PATCH "${PROJECT_VERSION_PATCH}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Private journal, tasks, notes, health and money tracker")
# Lines kept under 80 columns: they become the Debian extended description as they are.
set(CPACK_PACKAGE_DESCRIPTION
"LifeOS is a local-first personal \"life operating system\": a daily journal,
quick capture, tasks and notes, health and money tracking, a calendar, charts
of trends, and search over everything recorded. All data stays in one SQLite
file on the user's computer. Cloud AI providers and Oura Ring / Google
Calendar sync are optional; every feature works offline.")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "LifeOS")
set(CPACK_PACKAGE_EXECUTABLES "lifeos" "LifeOS")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_PACKAGE_CHECKSUM SHA256)
set(CPACK_STRIP_FILES ON)
set(CPACK_VERBATIM_VARIABLES ON)

# The licence travels with every binary package; Debian looks for it as .../doc/<package>/copyright.
if(UNIX AND NOT APPLE)
    install(FILES "${PROJECT_SOURCE_DIR}/LICENSE"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/doc/${CPACK_PACKAGE_NAME}"
        RENAME copyright)
else()
    install(FILES "${PROJECT_SOURCE_DIR}/LICENSE" DESTINATION .)
endif()

# Source package: the tree without build output or editor and VCS state.
set(CPACK_SOURCE_GENERATOR "TGZ")
set(CPACK_SOURCE_PACKAGE_FILE_NAME "${CPACK_PACKAGE_NAME}-${PROJECT_VERSION}")
set(CPACK_SOURCE_IGNORE_FILES
    "/\\.git/"
    "/\\.cache/"
    "/build/"
    "/CMakeLists\\.txt\\.user"
    "/compile_commands\\.json$")

if(UNIX AND NOT APPLE)
    set(CPACK_GENERATOR "DEB;TGZ")

    # Debian: dependencies on shared libraries come from dpkg-shlibdeps (needs dpkg-dev); the
    # Qt plugins loaded at run time are invisible to it, so they are listed here.
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
    set(CPACK_DEBIAN_PACKAGE_SECTION "utils")
    set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
    set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    # libsecret is loaded at run time by QtKeychain (the Secret Service backend), so shlibdeps cannot see it.
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6svg6, libsecret-1-0")
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland, qt6-gtk-platformtheme, qt6-translations-l10n")
    set(CPACK_DEBIAN_COMPRESSION_TYPE "xz")
endif()

if(WIN32)
    set(CPACK_GENERATOR "NSIS;ZIP")
    set(lifeos_windows_icon "${PROJECT_SOURCE_DIR}/resources/icons/lifeos.ico")

    set(CPACK_NSIS_PACKAGE_NAME "LifeOS")
    set(CPACK_NSIS_DISPLAY_NAME "LifeOS")
    set(CPACK_NSIS_CONTACT "${CPACK_PACKAGE_CONTACT}")
    set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
    set(CPACK_NSIS_HELP_LINK "${PROJECT_HOMEPAGE_URL}")
    set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\lifeos.exe")
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    set(CPACK_NSIS_MODIFY_PATH OFF)
    set(CPACK_NSIS_EXECUTABLES_DIRECTORY "bin")
    set(CPACK_CREATE_DESKTOP_LINKS "lifeos")

    # WiX (cpack -G WIX): the upgrade GUID must never change, or upgrades install side by side.
    set(CPACK_WIX_UPGRADE_GUID "6F0C4E1A-3B7D-4E52-9A8C-2D1F5B7E9C40")
    set(CPACK_WIX_PRODUCT_GUID "*")
    set(CPACK_WIX_LICENSE_RTF "${PROJECT_SOURCE_DIR}/LICENSE")
    set(CPACK_WIX_PROGRAM_MENU_FOLDER "LifeOS")
    set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT "${PROJECT_HOMEPAGE_URL}")

    # An .ico is not in the tree yet; use it once one is added.
    if(EXISTS "${lifeos_windows_icon}")
        set(CPACK_NSIS_MUI_ICON "${lifeos_windows_icon}")
        set(CPACK_NSIS_MUI_UNIICON "${lifeos_windows_icon}")
        set(CPACK_WIX_PRODUCT_ICON "${lifeos_windows_icon}")
    endif()
endif()

if(APPLE)
    set(CPACK_GENERATOR "DragNDrop")
    set(CPACK_DMG_VOLUME_NAME "LifeOS ${PROJECT_VERSION}")
    set(CPACK_DMG_FORMAT "UDZO")
    set(lifeos_macos_icon "${PROJECT_SOURCE_DIR}/resources/icons/lifeos.icns")
    if(EXISTS "${lifeos_macos_icon}")
        set(CPACK_PACKAGE_ICON "${lifeos_macos_icon}")
    endif()
endif()

include(CPack)
