-- AlterTable
ALTER TABLE "SignInFailure" ADD COLUMN     "deviceNonce" TEXT;

-- CreateIndex
CREATE INDEX "SignInFailure_deviceNonce_createdAt_idx" ON "SignInFailure"("deviceNonce", "createdAt");

