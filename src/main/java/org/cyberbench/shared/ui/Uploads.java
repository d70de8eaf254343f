package org.cyberbench.shared.ui;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;

/** Vaadin's upload speaks English by default: these are its words in the user's language. */
public final class Uploads {

    private Uploads() {
    }

    public static Upload translated(Upload upload) {
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(upload.getTranslation("upload.addFile"))
                .setMany(upload.getTranslation("upload.addFiles")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(upload.getTranslation("upload.dropFile"))
                .setMany(upload.getTranslation("upload.dropFiles")));
        i18n.setError(new UploadI18N.Error().setTooManyFiles(upload.getTranslation("upload.tooManyFiles"))
                .setFileIsTooBig(upload.getTranslation("upload.tooBig"))
                .setIncorrectFileType(upload.getTranslation("upload.wrongType")));
        upload.setI18n(i18n);
        return upload;
    }
}
